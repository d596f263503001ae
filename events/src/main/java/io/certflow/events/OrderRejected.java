package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Objects;

/**
 * A submission from {@code order.submissions} failed validation; no order was created. Produced by
 * order-intake; consumed by the upstream system that submitted it. Key: {@code requestId}.
 *
 * @param metadata  event metadata; {@code correlationId} is absent
 * @param requestId the rejected submission's {@code requestId}
 * @param errors    every problem found, at least one
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderRejected(EventMetadata metadata, String requestId, List<FieldError> errors) implements Event {

    public OrderRejected {
        Checks.requireType(metadata, Topics.ORDER_REJECTED);
        Objects.requireNonNull(requestId, "requestId");
        errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one error");
        }
    }

    public static OrderRejected of(String source, String requestId, List<FieldError> errors) {
        return new OrderRejected(EventMetadata.now(Topics.ORDER_REJECTED, source, null), requestId, errors);
    }

    @Override
    public String topic() {
        return Topics.ORDER_REJECTED;
    }

    @Override
    public String key() {
        return requestId;
    }
}
