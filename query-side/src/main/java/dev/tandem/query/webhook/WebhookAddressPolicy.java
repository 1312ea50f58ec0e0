package dev.tandem.query.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where deliveries may go (SSRF defences): https to public addresses; loopback and private ones (and plain http)
 * only where the operator allows them for development; link-local addresses, which include the cloud metadata
 * services (169.254.169.254, fd00:ec2::254 aside), never. Checked when an endpoint is saved and again before
 * every delivery, on the addresses the name then resolves to.
 */
final class WebhookAddressPolicy {

    private static final byte[] AWS_METADATA_V6 = parse("fd00:ec2::254");

    private final boolean allowPrivateAddresses;

    WebhookAddressPolicy(boolean allowPrivateAddresses) {
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    /** Why a URL may not receive deliveries, in the user's words; empty when it may. */
    Optional<String> problemWith(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException notAUrl) {
            return Optional.of("must be a full URL, such as https://example.com/hooks/tandem");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowPrivateAddresses)) {
            return Optional.of("must start with https://");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must be a full URL with a host name, and no user name or #fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException unknown) {
            return Optional.of("its host name could not be found");
        }
        for (InetAddress address : addresses) {
            if (neverAllowed(address)) {
                return Optional.of("leads to a link-local or cloud metadata address, which is never allowed");
            }
            if (!allowPrivateAddresses && isPrivate(address)) {
                return Optional.of("leads to a private or loopback address");
            }
        }
        return Optional.empty();
    }

    static boolean neverAllowed(InetAddress address) {
        return address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()
                || java.util.Arrays.equals(address.getAddress(), AWS_METADATA_V6);
    }

    static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
        boolean sharedV4 = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        boolean thisNetworkV4 = bytes.length == 4 && bytes[0] == 0;
        return address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || uniqueLocalV6
                || sharedV4
                || thisNetworkV4;
    }

    private static byte[] parse(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
