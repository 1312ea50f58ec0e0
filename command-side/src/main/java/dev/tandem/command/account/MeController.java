package dev.tandem.command.account;

import dev.tandem.api.business.BusinessView;
import dev.tandem.command.business.BusinessLookup;
import dev.tandem.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the caller's user and business. */
@RestController
class MeController {

    private final AccountService accounts;
    private final BusinessLookup businesses;

    MeController(AccountService accounts, BusinessLookup businesses) {
        this.accounts = accounts;
        this.businesses = businesses;
    }

    record Me(UserView user, BusinessView business) {}

    @GetMapping("/api/me")
    Me me(Caller caller) {
        return new Me(accounts.user(caller.userId()), businesses.current(caller.businessId()));
    }

    record ChangePasswordRequest(
            @NotBlank String currentPassword, @NotBlank String newPassword) {}

    /** The caller's new password; every other session ends, and this device gets a new one. */
    @PostMapping("/api/me/password")
    Session changePassword(@Valid @RequestBody ChangePasswordRequest request, Caller caller, HttpServletRequest http) {
        return accounts.changePassword(
                caller.userId(), request.currentPassword(), request.newPassword(), http.getRemoteAddr());
    }
}
