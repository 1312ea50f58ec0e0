package dev.tandem.command.account;

import dev.tandem.api.business.BusinessView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Signing up, signing in, refreshing and accepting invitations: the only API calls without a token. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final AccountService accounts;
    private final SignUpFinisher signUps;
    private final LoginThrottle throttle;

    AuthController(AccountService accounts, SignUpFinisher signUps, LoginThrottle throttle) {
        this.accounts = accounts;
        this.signUps = signUps;
        this.throttle = throttle;
    }

    record SignUpRequest(
            @NotBlank String businessName,
            String timeZone,
            String currency,
            @NotBlank String name,
            @NotBlank String email,
            @NotBlank String password) {}

    record SignUpResponse(
            String token,
            String tokenType,
            long expiresIn,
            String refreshToken,
            UserView user,
            BusinessView business) {}

    record LoginRequest(@NotBlank String email, @NotBlank String password) {}

    record RefreshRequest(@NotBlank String refreshToken) {}

    record AcceptInviteRequest(
            @NotBlank String inviteToken, @NotBlank String password) {}

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/signup")
    ResponseEntity<SignUpResponse> signUp(@Valid @RequestBody SignUpRequest request, HttpServletRequest http) {
        throttle.waitBeforeSigningUp(http.getRemoteAddr()).ifPresent(wait -> {
            throw new TooManyAttemptsException(wait);
        });
        Session session = accounts.signUp(new AccountService.SignUp(
                request.businessName(),
                request.timeZone() == null ? "UTC" : request.timeZone(),
                request.currency() == null ? "EUR" : request.currency(),
                request.name(),
                request.email(),
                request.password()));
        BusinessView business = signUps.businessOf(session);
        return ResponseEntity.created(URI.create("/api/me"))
                .body(new SignUpResponse(
                        session.token(),
                        session.tokenType(),
                        session.expiresIn(),
                        session.refreshToken(),
                        session.user(),
                        business));
    }

    @PostMapping("/login")
    Session logIn(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return accounts.logIn(request.email(), request.password(), http.getRemoteAddr());
    }

    @PostMapping("/refresh")
    Session refresh(@Valid @RequestBody RefreshRequest request) {
        return accounts.refresh(request.refreshToken());
    }

    /** Always 204: whether the token was known, spent or valid, the caller is signed out afterwards. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/logout")
    ResponseEntity<Void> logOut(@Valid @RequestBody RefreshRequest request) {
        accounts.logOut(request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/accept-invite")
    Session acceptInvite(@Valid @RequestBody AcceptInviteRequest request) {
        return accounts.acceptInvite(request.inviteToken(), request.password());
    }
}
