package dev.tandem.command.account;

/** A user as the API shows it; never its credentials. */
public record UserView(String id, String email, String name, String role, String businessId, String providerId) {

    static UserView of(Account account) {
        return new UserView(
                account.id().toString(),
                account.email(),
                account.name(),
                account.role().name(),
                account.businessId().toString(),
                account.providerId().map(Object::toString).orElse(null));
    }
}
