package io.certflow.intake.submission;

import io.certflow.events.OrderSubmitted;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

/** Orders from upstream systems: the same validation as REST, answered with order.rejected when invalid. */
@CertflowListener("order-intake.submissions")
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
