package io.certflow.events;

/**
 * How an order reached certflow, so that the gateway can put one waiting customer before a batch:
 * orders from the API are placed before those from the submissions topic.
 */
public enum OrderChannel {
    /** One order asked for through the REST API (also a replacement); what an absent channel means. */
    API,
    /** An upstream system's batch on {@code certflow.order.submissions.v1}. */
    SUBMISSION
}
