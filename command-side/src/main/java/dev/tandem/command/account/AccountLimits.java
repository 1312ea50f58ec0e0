package dev.tandem.command.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How large one business may grow.
 *
 * @param maxProviders providers one business may hold, deactivated ones included: it bounds every list of a
 *     business's providers (the live board, the pay roll, a ranking), which the contract answers in one piece
 */
@ConfigurationProperties("tandem.business")
record AccountLimits(@DefaultValue("1000") int maxProviders) {}
