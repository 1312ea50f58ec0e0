package dev.tandem.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the aggregates that commands load in memory, so a command does not read and replay every past event of
 * its provider or booking first. Measured with JFR under the closed-loop load of {@code bench/live_push.py},
 * replaying the provider's events twice per status change (once to read its availability, once in the command)
 * took more than half of the request threads' CPU.
 *
 * <p>Safe because every command for an aggregate runs in one process: the standalone server, the one
 * command-side process of the split deployment, or with Axon Server the instance its routing key chooses. A unit
 * of work that rolls back drops the aggregate from the cache, and so does a database transaction that rolls back
 * around it ({@link RolledBackAggregates}), so the next command reads it from its events.
 *
 * <p>Weak references hold no memory of their own, but a collection clears them: under load a provider read twice
 * in one request is found the second time (the request threads' replaying fell from 69 to 9 samples in 350), while
 * one changed again a second later is mostly read from its events again. A bounded cache of strong references
 * (Axon's Ehcache adapter) is the next step, measured against this one.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCaches {

    @Bean
    Cache providerCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache bookingCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache customerCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache businessCache() {
        return new WeakReferenceCache();
    }
}
