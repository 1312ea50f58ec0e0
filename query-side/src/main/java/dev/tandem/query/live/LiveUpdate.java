package dev.tandem.query.live;

import java.util.List;

/**
 * The live events of one batch the live push handled, in the order they happened, on their way to the instances'
 * subscribers; each with who may receive it: the admins of its business and the providers it concerns (ids, as it
 * may travel between instances). One update per batch keeps the order: Axon runs the after-commit work of one
 * unit of work last-registered first.
 */
public record LiveUpdate(List<Recipients> events) {

    /** A live event and the providers it concerns besides its business's admins. */
    public record Recipients(LiveEvent event, List<String> providerIds) {}
}
