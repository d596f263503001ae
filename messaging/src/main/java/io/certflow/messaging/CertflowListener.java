package io.certflow.messaging;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.context.annotation.AliasFor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every certflow Kafka listener class carries this instead of {@code @KafkaListener}: micronaut-kafka
 * reads {@code @KafkaListener} through it as a stereotype, with the values of {@link ListenerDefaults}
 * (commit after each poll's records, exponential retries, then the dead-letter handler; threads from
 * {@code certflow.listeners.threads}). A listener names only its consumer group:
 *
 * <pre>{@code
 * @CertflowListener("notifier.certificate-stored")
 * class CertificateStoredListener { ... }
 * }</pre>
 *
 * <p>Do not add {@code @KafkaListener} beside it: Micronaut would read that one alone, with the
 * unsafe defaults for every value it leaves out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@KafkaListener(threadsValue = ListenerDefaults.THREADS,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = ListenerDefaults.RETRY_COUNT, retryDelay = ListenerDefaults.RETRY_DELAY))
public @interface CertflowListener {

    /** The consumer group, also the listener's name in logs and dead-letter headers. */
    @AliasFor(annotation = KafkaListener.class, member = "groupId")
    String value();

    /** For tests that find the consumer in micronaut-kafka's {@code ConsumerRegistry}. */
    @AliasFor(annotation = KafkaListener.class, member = "clientId")
    String clientId() default "";

    /** {@code false} for tests that resume the consumer themselves once their records are sent. */
    @AliasFor(annotation = KafkaListener.class, member = "autoStartup")
    boolean autoStartup() default true;
}
