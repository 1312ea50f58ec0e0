package dev.tandem.command.account;

import dev.tandem.api.business.BusinessView;
import dev.tandem.command.business.BusinessLookup;
import dev.tandem.kernel.BusinessId;
import dev.tandem.platform.consistency.ProjectionBarrier;
import org.springframework.stereotype.Component;

/**
 * After the sign-up transaction has committed: waits for the projections, so the new admin's first reads
 * see its business, and describes the business for the answer.
 */
@Component
class SignUpFinisher {

    private final ProjectionBarrier projections;
    private final BusinessLookup businesses;

    SignUpFinisher(ProjectionBarrier projections, BusinessLookup businesses) {
        this.projections = projections;
        this.businesses = businesses;
    }

    BusinessView businessOf(Session session) {
        projections.awaitAggregates(session.user().businessId());
        return businesses.current(BusinessId.of(session.user().businessId()));
    }
}
