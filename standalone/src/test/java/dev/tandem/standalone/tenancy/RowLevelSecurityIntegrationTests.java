package dev.tandem.standalone.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.platform.tenancy.TenantScope;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database itself keeps businesses apart: these tests use the application's own connections (its
 * unprivileged role) and deliberately leave out every business_id filter.
 */
class RowLevelSecurityIntegrationTests extends HttpTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TenantScope tenants;

    @Autowired
    PlatformTransactionManager transactionManager;

    Api.Session businessA;
    Api.Session businessB;

    @BeforeEach
    void twoBusinesses() {
        businessA = api.signUp();
        businessB = api.signUp();
    }

    @Test
    void aQueryWithoutABusinessFilterReturnsOnlyTheTenantsOwnRows() {
        var visible = inTenant(
                businessA.businessId(),
                () -> jdbc.queryForList("select business_id::text from business_view", String.class));

        assertThat(visible).containsExactly(businessA.businessId());
    }

    @Test
    void withoutATenantNoRowIsVisible() {
        var visible = inTransaction(() -> jdbc.queryForObject("select count(*) from business_view", Long.class));

        assertThat(visible).isZero();
    }

    @Test
    void aProjectorInOneBusinessCannotInsertARowForAnother() {
        assertThatThrownBy(() -> inTenant(
                        businessA.businessId(),
                        () -> jdbc.update(
                                "insert into business_view (business_id, name, time_zone, currency, version, created_at,"
                                        + " updated_at) values (?::uuid, 'Intruder', 'UTC', 'EUR', 0, now(), now())",
                                UUID.randomUUID().toString())))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("violates row-level security policy");
    }

    @Test
    void aProjectorInOneBusinessCannotChangeAnothersRows() {
        int changed = inTenant(
                businessA.businessId(),
                () -> jdbc.update(
                        "update business_view set name = 'Hijacked' where business_id = ?::uuid",
                        businessB.businessId()));

        assertThat(changed).isZero();
        assertThat(inTenant(
                        businessB.businessId(),
                        () -> jdbc.queryForObject("select name from business_view", String.class)))
                .isNotEqualTo("Hijacked");
    }

    @Test
    void aPooledConnectionCarriesNoTenantAfterItsTransaction() {
        inTenant(businessA.businessId(), () -> jdbc.queryForObject("select 1", Integer.class));

        // More rounds than the pool has connections, so the one that carried the tenant comes back.
        for (int round = 0; round < 25; round++) {
            String tenant = inTransaction(() ->
                    jdbc.queryForObject("select coalesce(current_setting('app.business_id', true), '')", String.class));
            assertThat(tenant).isEmpty();
        }
    }

    @Test
    void applicationConnectionsRunAsARoleThatIsNeitherOwnerNorSuperuserNorBypassingSecurity() {
        var role = jdbc.queryForMap(
                "select r.rolname, r.rolsuper, r.rolbypassrls from pg_roles r" + " where r.rolname = current_user");
        String tableOwner =
                jdbc.queryForObject("select tableowner from pg_tables where tablename = 'business_view'", String.class);

        assertThat(role.get("rolname")).isEqualTo("tandem_app");
        assertThat(role.get("rolsuper")).isEqualTo(false);
        assertThat(role.get("rolbypassrls")).isEqualTo(false);
        assertThat(tableOwner).isNotEqualTo("tandem_app");
    }

    /**
     * Command-side tables read before a tenant is known, or by the command side alone, are exempt by name; so is
     * the event store, which every processor reads across businesses (its business column is an index for the
     * audit trail, which names the business in every query: docs/adr/0017).
     */
    @Test
    void everyOtherTableWithABusinessColumnIsUnderForcedRowLevelSecurity() {
        var unprotected = jdbc.queryForList("""
                select c.relname from pg_class c
                  join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
                 where c.relkind = 'r'
                   and exists (select 1 from pg_attribute a
                                where a.attrelid = c.oid and a.attname = 'business_id' and not a.attisdropped)
                   and not (c.relrowsecurity and c.relforcerowsecurity
                            and exists (select 1 from pg_policy p where p.polrelid = c.oid))
                """, String.class);

        // The webhook queue and log, like the event store, are read across businesses by the sender; every read
        // made for a business names it (docs/webhooks.md).
        assertThat(unprotected)
                .isSubsetOf(
                        "account",
                        "idempotency_key",
                        "booked_slot",
                        "domain_event_entry",
                        "webhook_delivery",
                        "webhook_attempt");
    }

    private <T> T inTenant(String businessId, Supplier<T> work) {
        return inTransaction(() -> {
            tenants.enter(businessId);
            return work.get();
        });
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }
}
