package dev.tandem.platform.tenancy;

/**
 * A processing group whose event handlers touch no table under row-level security, so its events enter no tenant:
 * entering one is a statement, and for a group that runs on the write's own path it is a round trip on every
 * write. Every other group's events enter their business's tenant. Each side declares its own as a bean.
 *
 * @param processingGroup the group's name
 * @param why what its handlers do instead of reading or writing a business's rows, for whoever reads the
 *     configuration
 */
public record NoTenantNeeded(String processingGroup, String why) {}
