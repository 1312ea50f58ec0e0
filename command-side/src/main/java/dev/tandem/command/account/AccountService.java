package dev.tandem.command.account;

import dev.tandem.api.business.RegisterBusinessCommand;
import dev.tandem.api.errors.ConflictException;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.errors.TextInput;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.Role;
import dev.tandem.kernel.UserId;
import dev.tandem.platform.security.EndedSessions;
import dev.tandem.platform.security.TokenProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Signs users up and in, rotates refresh tokens and turns invitations into passwords. */
@Service
public class AccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final Accounts accounts;
    private final RefreshTokens refreshTokens;
    private final Invites invites;
    private final Passwords passwords;
    private final AccessTokens accessTokens;
    private final LoginThrottle throttle;
    private final CommandGateway commands;
    private final TokenProperties properties;
    private final EndedSessions endedSessions;
    private final AccountLimits limits;
    private final Clock clock;

    AccountService(
            Accounts accounts,
            RefreshTokens refreshTokens,
            Invites invites,
            Passwords passwords,
            AccessTokens accessTokens,
            LoginThrottle throttle,
            CommandGateway commands,
            TokenProperties properties,
            EndedSessions endedSessions,
            AccountLimits limits,
            Clock clock) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.invites = invites;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.throttle = throttle;
        this.commands = commands;
        this.properties = properties;
        this.endedSessions = endedSessions;
        this.limits = limits;
        this.clock = clock;
    }

    public record SignUp(
            String businessName, String timeZone, String currency, String name, String email, String password) {}

    /** Opens a business and its first admin together: both exist afterwards, or neither. */
    @Transactional
    public Session signUp(SignUp request) {
        String email = checkEmailIsFree(request.email());
        var businessId = BusinessId.newId();
        var admin = Account.admin(UserId.newId(), businessId, email, checkName(request.name()));
        admin.setPasswordHash(passwords.hash(request.password()));
        accounts.save(admin);
        commands.sendAndWait(new RegisterBusinessCommand(
                businessId, request.businessName(), request.timeZone(), request.currency()));
        return startSession(admin);
    }

    @Transactional(noRollbackFor = AuthenticationFailedException.class)
    Session logIn(String email, String password, String clientAddress) {
        throttle.waitBeforeTrying(email, clientAddress).ifPresent(wait -> {
            throw new TooManyAttemptsException(wait);
        });
        var account = accounts.findByEmail(email == null ? "" : email.strip()).filter(Account::isActive);
        boolean valid = account.flatMap(Account::passwordHash)
                .map(hash -> passwords.matches(password, hash))
                .orElseGet(() -> {
                    passwords.spendTimeLikeAMatch(password);
                    return false;
                });
        if (!valid) {
            throttle.recordFailure(email, clientAddress);
            throw new AuthenticationFailedException();
        }
        throttle.recordSuccess(email, clientAddress);
        return startSession(account.get());
    }

    /**
     * Exchanges a refresh token for a new pair, once. A token that was already exchanged (also by a request
     * at the same moment) proves a copy exists elsewhere, so its whole family is revoked and the legitimate
     * holder must sign in again.
     */
    @Transactional(noRollbackFor = AuthenticationFailedException.class)
    Session refresh(String refreshToken) {
        Instant now = clock.instant();
        var token = refreshTokens
                .findByHash(SecretTokens.hash(refreshToken == null ? "" : refreshToken))
                .orElseThrow(AuthenticationFailedException::new);
        var account = accounts.findById(token.accountId()).filter(Account::isActive);
        if (token.isExpiredAt(now) || account.isEmpty()) {
            throw new AuthenticationFailedException();
        }
        if (token.isSpent() || refreshTokens.use(token.id(), now) == 0) {
            refreshTokens.revokeFamily(token.familyId(), now);
            throw new AuthenticationFailedException();
        }
        return new Session(
                accessTokens.issueFor(account.get()),
                "Bearer",
                accessTokens.lifetimeSeconds(),
                issueRefreshToken(account.get(), token.familyId()),
                UserView.of(account.get()));
    }

    @Transactional(noRollbackFor = AuthenticationFailedException.class)
    Session acceptInvite(String inviteToken, String password) {
        Passwords.check(password);
        Instant now = clock.instant();
        var invite = invites.findById(SecretTokens.hash(inviteToken == null ? "" : inviteToken))
                .filter(open -> open.isOpenAt(now))
                .orElseThrow(AuthenticationFailedException::new);
        var account = accounts.findById(invite.accountId())
                .filter(Account::isActive)
                .orElseThrow(AuthenticationFailedException::new);
        account.setPasswordHash(passwords.hash(password));
        invite.accept(now);
        // A new password (an invitation re-issued for a forgotten one) ends the sessions of the old one.
        endEverySessionOf(account, now);
        return startSession(account);
    }

    /**
     * A signed-in user chooses a new password, knowing the current one (a wrong one counts as a failed sign-in,
     * so that it cannot be guessed here either). Every other session ends; the answer is this device's new one.
     */
    @Transactional(noRollbackFor = {InvalidInputException.class, TooManyAttemptsException.class})
    Session changePassword(UserId userId, String currentPassword, String newPassword, String clientAddress) {
        Passwords.check("newPassword", newPassword);
        var account = accounts.findById(userId.value())
                .filter(Account::isActive)
                .orElseThrow(AuthenticationFailedException::new);
        throttle.waitBeforeTrying(account.email(), clientAddress).ifPresent(wait -> {
            throw new TooManyAttemptsException(wait);
        });
        boolean known = account.passwordHash()
                .map(hash -> passwords.matches(currentPassword == null ? "" : currentPassword, hash))
                .orElse(false);
        if (!known) {
            throttle.recordFailure(account.email(), clientAddress);
            throw new InvalidInputException("currentPassword", "is not your current password");
        }
        throttle.recordSuccess(account.email(), clientAddress);
        account.setPasswordHash(passwords.hash(newPassword));
        endEverySessionOf(account, clock.instant());
        return startSession(account);
    }

    /**
     * Signs out: the refresh token's family stops working, and so does every access token of its user, with
     * its live connections. An unknown or spent token is not an error: the caller is signed out either way.
     */
    @Transactional
    void logOut(String refreshToken) {
        Instant now = clock.instant();
        refreshTokens.findByHash(SecretTokens.hash(refreshToken)).ifPresent(token -> {
            refreshTokens.revokeFamily(token.familyId(), now);
            accounts.findById(token.accountId()).ifPresent(account -> endSessionsOf(account, now));
        });
    }

    /** A new invitation for a provider (a forgotten password); the earlier ones stop working. */
    @Transactional
    public Invitation reinvite(BusinessId businessId, ProviderId providerId) {
        var account = accounts.findByProviderId(providerId.value())
                .filter(candidate -> candidate.businessId().equals(businessId))
                .orElseThrow(() -> new NotFoundException("No such provider."));
        if (!account.isActive()) {
            throw new ConflictException("A deactivated provider cannot be invited.");
        }
        Instant now = clock.instant();
        invites.closeOpenInvites(account.id().value(), now);
        return newInvitation(account, now);
    }

    /** An invitation's secret token, shown once, and when it stops working. */
    public record Invitation(String inviteToken, Instant expiresAt) {}

    /**
     * Creates an account without a password and returns the token of its invitation, which the new user
     * exchanges for a password at {@code /api/auth/accept-invite}. Called when a provider is registered.
     */
    @Transactional
    public String invite(BusinessId businessId, Role role, ProviderId providerId, String email, String name) {
        var account = newAccount(businessId, role, providerId, email, name);
        accounts.save(account);
        return newInvitation(account, clock.instant()).inviteToken();
    }

    private Invitation newInvitation(Account account, Instant now) {
        String token = SecretTokens.newToken();
        Instant expiresAt = now.plus(properties.inviteTtl());
        invites.save(new Invite(SecretTokens.hash(token), account.id().value(), expiresAt));
        return new Invitation(token, expiresAt);
    }

    /**
     * Creates a provider's account with the password the admin chose for it, so it can sign in at once.
     * Called when a provider is registered with a password, in the registration's transaction.
     */
    @Transactional
    public void registerProvider(
            BusinessId businessId, ProviderId providerId, String email, String name, String password) {
        var account = newAccount(businessId, Role.PROVIDER, providerId, email, name);
        account.setPasswordHash(passwords.hash(password));
        accounts.save(account);
    }

    /**
     * A deactivated provider can neither sign in nor refresh its session, and the access tokens it holds stop
     * working at once; its account stays, like its history.
     */
    @Transactional
    public void deactivateProvider(BusinessId businessId, ProviderId providerId) {
        accounts.findByProviderId(providerId.value())
                .filter(account -> account.businessId().equals(businessId))
                .ifPresent(account -> {
                    account.deactivate();
                    endEverySessionOf(account, clock.instant());
                });
    }

    @Transactional
    public void reactivateProvider(BusinessId businessId, ProviderId providerId) {
        accounts.findByProviderId(providerId.value())
                .filter(account -> account.businessId().equals(businessId))
                .ifPresent(Account::reactivate);
    }

    @Transactional(readOnly = true)
    public boolean hasAccount(String email) {
        return accounts.existsByEmail(email);
    }

    @Transactional(readOnly = true)
    UserView user(UserId id) {
        return accounts.findById(id.value())
                .map(UserView::of)
                .orElseThrow(() -> new NotFoundException("No such user."));
    }

    /**
     * Raises the account's session version; once the transaction commits, this process refuses the older
     * tokens at once, and the others as soon as the database tells them (a few milliseconds).
     */
    /**
     * Ends the sessions on every device, their refresh tokens too: after a deactivation or a new password none of
     * them may come back (a reactivated provider signs in again).
     */
    private void endEverySessionOf(Account account, Instant now) {
        refreshTokens.revokeAllOf(account.id().value(), now);
        endSessionsOf(account, now);
    }

    private void endSessionsOf(Account account, Instant now) {
        account.endSessions(now);
        accounts.save(account);
        UserId user = account.id();
        long version = account.sessionVersion();
        boolean closed = !account.isActive();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endedSessions.ended(user, version, closed);
                }
            });
        } else {
            endedSessions.ended(user, version, closed);
        }
    }

    private Session startSession(Account account) {
        return new Session(
                accessTokens.issueFor(account),
                "Bearer",
                accessTokens.lifetimeSeconds(),
                issueRefreshToken(account, java.util.UUID.randomUUID()),
                UserView.of(account));
    }

    private String issueRefreshToken(Account account, java.util.UUID familyId) {
        String token = SecretTokens.newToken();
        refreshTokens.save(new RefreshToken(
                familyId,
                account.id().value(),
                SecretTokens.hash(token),
                clock.instant().plus(properties.refreshTokenTtl())));
        return token;
    }

    private Account newAccount(BusinessId businessId, Role role, ProviderId providerId, String email, String name) {
        if (role != Role.PROVIDER) {
            return Account.admin(UserId.newId(), businessId, checkEmailIsFree(email), checkName(name));
        }
        checkRoomForAProvider(businessId);
        return Account.provider(UserId.newId(), businessId, providerId, checkEmailIsFree(email), checkName(name));
    }

    /** Two registrations at the same instant may both pass: the limit bounds lists, it is not a quota to bill. */
    private void checkRoomForAProvider(BusinessId businessId) {
        if (accounts.countProviders(businessId.value()) >= limits.maxProviders()) {
            throw new ConflictException(
                    "This business already has " + limits.maxProviders() + " providers, the most it may hold.");
        }
    }

    private String checkEmailIsFree(String email) {
        if (email == null
                || !EMAIL.matcher(email.strip()).matches()
                || email.strip().length() > 320) {
            throw new InvalidInputException("email", "must be an email address");
        }
        if (accounts.existsByEmail(email.strip())) {
            throw new ConflictException("An account with this email already exists.");
        }
        return email.strip();
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new InvalidInputException("name", "must be 1 to 200 characters");
        }
        return TextInput.printable("name", name.strip());
    }
}
