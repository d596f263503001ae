package io.certflow.intake.submission;

import io.certflow.events.OrderSubmitted;
import io.certflow.events.Topics;
import io.certflow.messaging.ListenerDefaults;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;

/** Orders from upstream systems: the same validation as REST, answered with order.rejected when invalid. */
@KafkaListener(groupId = "order-intake.submissions", threadsValue = ListenerDefaults.THREADS,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = ListenerDefaults.RETRY_COUNT, retryDelay = ListenerDefaults.RETRY_DELAY))
public class SubmissionListener {

    private final OrderSubmissions submissions;

    public SubmissionListener(OrderSubmissions submissions) {
        this.submissions = submissions;
    }

    @Topic(Topics.ORDER_SUBMISSIONS)
    void onSubmitted(OrderSubmitted submission) {
        submissions.receive(submission);
    }
}
