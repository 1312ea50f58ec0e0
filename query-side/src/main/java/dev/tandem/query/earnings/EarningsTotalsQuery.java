package dev.tandem.query.earnings;

import dev.tandem.api.earnings.EarningsTotals;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** The sums of the ledger rows a specification selects, in one aggregate query whatever their number. */
@Component
class EarningsTotalsQuery {

    private final EntityManager entityManager;

    EarningsTotalsQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    EarningsTotals of(Specification<EarningsEntry> selecting) {
        var where = entityManager.getCriteriaBuilder();
        var criteria = where.createTupleQuery();
        var root = criteria.from(EarningsEntry.class);
        criteria.multiselect(
                        where.coalesce(where.sumAsLong(root.get("grossCents")), 0L),
                        where.coalesce(where.sumAsLong(root.get("providerEarningsCents")), 0L),
                        where.coalesce(where.sumAsLong(root.get("businessCommissionCents")), 0L),
                        where.coalesce(where.sumAsLong(root.get("tipCents")), 0L))
                .where(selecting.toPredicate(root, criteria, where));
        Tuple sums = entityManager.createQuery(criteria).getSingleResult();
        return new EarningsTotals(
                sums.get(0, Long.class), sums.get(1, Long.class), sums.get(2, Long.class), sums.get(3, Long.class));
    }
}
