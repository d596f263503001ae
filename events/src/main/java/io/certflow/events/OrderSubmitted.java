package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Objects;

/**
 * An upstream system submitted an order over Kafka (the topic twin of {@code POST /orders}).
 * Produced by upstream systems; consumed by order-intake, which validates it and answers with
 * {@link OrderRequested} or {@link OrderRejected}. Key: {@code requestId}, the submitter's
 * idempotency key: a resubmission with the same id yields the first answer, not a second order.
 *
 * @param metadata  event metadata; {@code correlationId} is absent (no order exists yet)
 * @param requestId the submitter's unique id of this submission
 * @param order     what is ordered
 * @param tenant    whose order it is; required (intake rejects a submission without it). The topic has no
 *                  tokens: whoever may write to it may file orders for any tenant, so its trust rests on
 *                  Kafka ACLs that let only trusted upstream systems write (docs/security.md)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderSubmitted(EventMetadata metadata, String requestId, OrderDetails order, String tenant)
        implements Event {

    public OrderSubmitted {
        Checks.requireType(metadata, Topics.ORDER_SUBMISSIONS);
        Objects.requireNonNull(requestId, "requestId");
    }

    public static OrderSubmitted of(String source, String requestId, OrderDetails order, String tenant) {
        return new OrderSubmitted(EventMetadata.now(Topics.ORDER_SUBMISSIONS, source, null), requestId, order, tenant);
    }

    @Override
    public String topic() {
        return Topics.ORDER_SUBMISSIONS;
    }

    @Override
    public String key() {
        return requestId;
    }
}
