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
import dev.tandem.platform.security.TokenProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
            Clock clock) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.invites = invites;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.throttle = throttle;
        this.commands = commands;
        this.properties = properties;
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
        return startSession(account.get());
    }

    /**
     * Exchanges a refresh token for a new pair. A token that was already exchanged proves a copy exists
     * elsewhere, so its whole family is revoked and the legitimate holder must sign in again.
     */
    @Transactional(noRollbackFor = AuthenticationFailedException.class)
    Session refresh(String refreshToken) {
        Instant now = clock.instant();
        var token = refreshTokens
                .findByHash(SecretTokens.hash(refreshToken == null ? "" : refreshToken))
                .orElseThrow(AuthenticationFailedException::new);
        if (token.isSpent()) {
            refreshTokens.revokeFamily(token.familyId(), now);
            throw new AuthenticationFailedException();
        }
        var account = accounts.findById(token.accountId()).filter(Account::isActive);
        if (token.isExpiredAt(now) || account.isEmpty()) {
            throw new AuthenticationFailedException();
        }
        token.markUsed(now);
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
        return startSession(account);
    }

    /**
     * Creates an account without a password and returns the token of its invitation, which the new user
     * exchanges for a password at {@code /api/auth/accept-invite}. Called when a provider is registered.
     */
    @Transactional
    public String invite(BusinessId businessId, Role role, ProviderId providerId, String email, String name) {
        var account = newAccount(businessId, role, providerId, email, name);
        accounts.save(account);
        String token = SecretTokens.newToken();
        invites.save(new Invite(
                SecretTokens.hash(token), account.id().value(), clock.instant().plus(properties.inviteTtl())));
        return token;
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
     * A deactivated provider can neither sign in nor refresh its session; its account stays, like its
     * history. Access tokens already issued run out within their short lifetime.
     */
    @Transactional
    public void deactivateProvider(BusinessId businessId, ProviderId providerId) {
        accounts.findByProviderId(providerId.value())
                .filter(account -> account.businessId().equals(businessId))
                .ifPresent(Account::deactivate);
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
        return role == Role.PROVIDER
                ? Account.provider(UserId.newId(), businessId, providerId, checkEmailIsFree(email), checkName(name))
                : Account.admin(UserId.newId(), businessId, checkEmailIsFree(email), checkName(name));
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
