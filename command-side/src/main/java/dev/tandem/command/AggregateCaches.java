package dev.tandem.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the aggregates that commands load in memory, so a command does not read and replay the past events of
 * its provider or booking first. Measured with JFR under the closed-loop load of {@code bench/live_push.py}:
 * replaying the provider's events took more than half of the request threads' CPU before there was a cache, and
 * 11 % with weak references (a collection cleared them, so most providers were read from their events again a
 * second later); with a bounded cache of strong references, nothing.
 *
 * <p>Safe because every command for an aggregate runs in one process: the standalone server, the one
 * command-side process of the split deployment, or with Axon Server the instance its routing key chooses. A unit
 * of work that rolls back drops the aggregate from the cache, and so does a database transaction that rolls back
 * around it ({@link RolledBackAggregates}), so the next command reads it from its events. Past the bound the
 * least recently used aggregates are let go, to be read from their snapshot and later events when next needed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AggregateCaches.Size.class)
class AggregateCaches {

    /** How many aggregates of each type stay in memory ({@code tandem.aggregate-cache.entries}). */
    @ConfigurationProperties("tandem.aggregate-cache")
    record Size(Integer entries) {

        Size {
            entries = entries == null ? 10_000 : entries;
        }
    }

    @Bean(destroyMethod = "close")
    CacheManager aggregateCacheManager() {
        return CacheManagerBuilder.newCacheManagerBuilder().build(true);
    }

    @Bean
    Cache providerCache(CacheManager manager, Size size) {
        return bounded(manager, "providers", size);
    }

    @Bean
    Cache bookingCache(CacheManager manager, Size size) {
        return bounded(manager, "bookings", size);
    }

    @Bean
    Cache customerCache(CacheManager manager, Size size) {
        return bounded(manager, "customers", size);
    }

    @Bean
    Cache businessCache(CacheManager manager, Size size) {
        return bounded(manager, "businesses", size);
    }

    /** On the heap, by reference: an aggregate is never copied or serialized to be cached. */
    private static Cache bounded(CacheManager manager, String name, Size size) {
        var cache = manager.createCache(
                name,
                CacheConfigurationBuilder.newCacheConfigurationBuilder(
                        Object.class, Object.class, ResourcePoolsBuilder.heap(size.entries())));
        return new EhCache3Adapter((Ehcache<Object, Object>) cache);
    }
}
