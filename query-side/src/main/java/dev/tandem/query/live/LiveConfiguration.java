package dev.tandem.query.live;

import dev.tandem.platform.consistency.AwaitedProcessors;
import dev.tandem.platform.consistency.ProcessorProgress;
import dev.tandem.platform.eventstore.EventStoreProperties;
import dev.tandem.platform.faults.DeadLetterExclusion;
import dev.tandem.platform.tenancy.NoTenantNeeded;
import dev.tandem.query.replay.ProjectionRebuild;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * STOMP 1.2 over WebSocket at {@code /ws}, with an in-memory broker for the user queues and heart-beats
 * every 10 s. The live-update processor runs per instance, from the head of the stream, with its token
 * in memory: each instance pushes every new event to the clients connected to it, never an old one.
 */
@Configuration
@EnableWebSocketMessageBroker
class LiveConfiguration implements WebSocketMessageBrokerConfigurer {

    private static final long HEARTBEAT_MILLIS = 10_000;

    private final JwtDecoder tokens;
    private final LiveProperties properties;

    LiveConfiguration(JwtDecoder tokens, LiveProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // Same-origin pages only (Spring's default): a cookie-authenticated handshake from another site fails.
        registry.addEndpoint("/ws").addInterceptors(new SessionCookieHandshake());
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/queue")
                .setHeartbeatValue(new long[] {HEARTBEAT_MILLIS, HEARTBEAT_MILLIS})
                .setTaskScheduler(stompHeartbeats());
        registry.setUserDestinationPrefix("/user");
        // Each client sees its events in the order they happened (confirmed before started).
        registry.setPreservePublishOrder(true);
    }

    /**
     * A write answers once the views show it and its live event has gone out: a client that reads or
     * subscribes after the answer never misses it and never hears of it late. Sagas and policies are not
     * waited for; what they do are writes of their own.
     */
    @Bean
    AwaitedProcessors projectionsAndTheLivePush(ProjectionRebuild projections) {
        return name -> projections.isProjectionProcessor(name) || name.equals(LiveUpdates.PROCESSING_GROUP);
    }

    /**
     * A live event that cannot be sent is skipped, not parked: sent later it would tell of a change long
     * past. The clients re-read the views when they reconnect.
     */
    @Bean
    DeadLetterExclusion livePushSkipsWhatItCannotSend() {
        return new DeadLetterExclusion(LiveUpdates.PROCESSING_GROUP, "skips a live event it cannot send");
    }

    /**
     * Its handler only collects the batch's changes; the views it reads for them are read through queries, which
     * enter their business's tenant themselves.
     */
    @Bean
    NoTenantNeeded livePushReadsThroughQueries() {
        return new NoTenantNeeded(LiveUpdates.PROCESSING_GROUP, "reads the views through queries");
    }

    /** A bean, so the context stops its thread when it closes. */
    @Bean
    ThreadPoolTaskScheduler stompHeartbeats() {
        var heartbeats = new ThreadPoolTaskScheduler();
        heartbeats.setPoolSize(1);
        heartbeats.setThreadNamePrefix("stomp-heartbeat-");
        return heartbeats;
    }

    /**
     * Threads of their own for what clients send and for what is sent to them. Named explicitly: Spring Boot
     * otherwise gives both channels the application's only task executor, which here was the one-thread
     * heart-beat scheduler, so every delivery to every client went out on one thread, and a client that
     * stopped reading held everyone's events for as long as a write to it could block.
     */
    @Bean
    ThreadPoolTaskExecutor liveInbound() {
        return liveThreads("live-inbound-");
    }

    @Bean
    ThreadPoolTaskExecutor liveOutbound() {
        return liveThreads("live-outbound-");
    }

    private static ThreadPoolTaskExecutor liveThreads(String prefix) {
        var threads = new ThreadPoolTaskExecutor();
        threads.setCorePoolSize(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        threads.setThreadNamePrefix(prefix);
        threads.setAllowCoreThreadTimeOut(true);
        return threads;
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration
                .interceptors(new StompGate(tokens, properties.maxConnectionsPerUser()))
                .executor(liveInbound());
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.executor(liveOutbound()).interceptors(new CloseAfterDelivery());
    }

    /**
     * A slow client is cut off rather than allowed to hold messages for everyone: its unsent messages are
     * bounded, and so is the time one write to it may block ({@link BlockingSendLimit}).
     */
    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration
                .setSendTimeLimit((int) BlockingSendLimit.SEND_TIME_LIMIT.toMillis())
                .setSendBufferSizeLimit(64 * 1024)
                .addDecoratorFactory(LiveConnectionFootprint.InboundFrameLimit::new)
                .addDecoratorFactory(BlockingSendLimit::new);
    }

    /**
     * Without Axon Server each instance runs its own live-update processor, its token in memory, from the
     * head of the stream: every instance sees every new event and serves the clients connected to it. The
     * events waiting are handled in batches, pushed together (one wait for the views); one alone leaves at once.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    ConfigurerModule livePushOnEveryInstance(ProcessorProgress progress, EventStoreProperties eventStore) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTokenStore(LiveUpdates.PROCESSING_GROUP, config -> new InMemoryTokenStore())
                .registerTrackingEventProcessor(
                        LiveUpdates.PROCESSING_GROUP,
                        config -> config.eventStore(),
                        config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(eventStore.handlingBatchSize())
                                .andEventAvailabilityTimeout(
                                        eventStore.idleWait().toMillis(), TimeUnit.MILLISECONDS)
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken)
                                .andEventTrackerStatusChangeListener(progress)));
    }

    /**
     * With Axon Server one live-update processor serves the cluster (its token shared, from the head of the
     * stream when first deployed), and Axon Server routes each subscription-query update to every instance.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
    ConfigurerModule livePushOnceForAllInstances() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerPooledStreamingEventProcessor(
                LiveUpdates.PROCESSING_GROUP,
                config -> config.eventStore(),
                (config, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken)));
    }
}
