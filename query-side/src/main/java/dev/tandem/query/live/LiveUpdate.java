package dev.tandem.query.live;

import java.util.List;

/**
 * A live event on its way to the instances' subscribers, with who may receive it: the admins of its business
 * and the providers it concerns (ids, as it may travel between instances).
 */
public record LiveUpdate(LiveEvent event, List<String> providerIds) {}
