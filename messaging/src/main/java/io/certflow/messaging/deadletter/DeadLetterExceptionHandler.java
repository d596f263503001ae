package io.certflow.messaging.deadletter;

import io.certflow.events.Topics;
import io.micronaut.configuration.kafka.exceptions.DefaultKafkaListenerExceptionHandler;
import io.micronaut.configuration.kafka.exceptions.KafkaListenerException;
import io.micronaut.configuration.kafka.exceptions.KafkaListenerExceptionHandler;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.RetriableCommitFailedException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Replaces micronaut-kafka's default handler for every listener of the service, so that a record
 * that still fails after the listener's retries, or that cannot even be deserialized, goes to
 * {@code <topic>.dlt} instead of being logged and skipped.
 *
 * <p>micronaut-kafka 5.9 calls the handler once retries are exhausted (with
 * {@code handleAllExceptions = false}) and then moves on to the next record; for a record that
 * failed to deserialize it has already seeked past it. So the dead letter is published, and its
 * offset committed, before this method returns. If it cannot be published, the consumer is woken
 * up: its next call throws, nothing more is committed, and a restart resumes at that record.
 *
 * <p>{@code @Primary} like the default it replaces: a listener that implements
 * {@link KafkaListenerExceptionHandler} itself is a bean of that type too, and must not make
 * micronaut-kafka's injection of the shared handler ambiguous.
 */
@Singleton
@Primary
@Replaces(DefaultKafkaListenerExceptionHandler.class)
@Requires(property = "certflow.dead-letter.enabled", notEquals = "false")
public class DeadLetterExceptionHandler implements KafkaListenerExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterExceptionHandler.class);

    private final DeadLetterPublisher publisher;

    public DeadLetterExceptionHandler(DeadLetterPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void handle(KafkaListenerException exception) {
        Throwable failure = exception.getCause() != null ? exception.getCause() : exception;
        ConsumerRecord<?, ?> record = exception.getConsumerRecord().orElse(null);
        if (record == null || isOffsetCommitFailure(failure)) {
            LOG.error("Kafka consumer error: {}: {}", failure.getClass().getName(), failure.getMessage());
            return;
        }
        Consumer<?, ?> consumer = exception.getKafkaConsumer();
        FailedRecord failed = new FailedRecord(record.topic(), record.partition(), record.offset(), failure,
                groupOf(consumer));
        if (publisher.publish(failed)) {
            LOG.warn("Record {} failed ({}: {}) and was copied to {}", failed, failure.getClass().getName(),
                    failure.getMessage(), Topics.deadLetterOf(record.topic()));
            commitPast(consumer, failed);
        } else {
            LOG.error("Record {} failed and could not be dead-lettered; stopping its consumer without committing",
                    failed);
            consumer.wakeup();
        }
    }

    /** Failures of the offset commit, not of the record: the record was processed. */
    private static boolean isOffsetCommitFailure(Throwable failure) {
        return failure instanceof CommitFailedException
                || failure instanceof RetriableCommitFailedException
                || failure instanceof RebalanceInProgressException;
    }

    /**
     * micronaut-kafka does not commit past a record that failed to deserialize; without this, a
     * restart would read it, and dead-letter it, again.
     */
    private static void commitPast(Consumer<?, ?> consumer, FailedRecord failed) {
        try {
            consumer.commitSync(Map.of(new TopicPartition(failed.topic(), failed.partition()),
                    new OffsetAndMetadata(failed.offset() + 1)));
        } catch (KafkaException e) {
            LOG.warn("Offset after dead letter {} not committed: {}", failed, e.getMessage());
        }
    }

    private static String groupOf(Consumer<?, ?> consumer) {
        try {
            return consumer.groupMetadata().groupId();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
