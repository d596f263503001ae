package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every event says about itself, beside its payload. The same values travel as CloudEvents
 * binary-mode headers ({@code ce_id}, {@code ce_type}, {@code ce_source}, {@code ce_time},
 * {@code ce_subject}) so that tools which never read the body can still route and trace.
 *
 * @param eventId       unique per event; consumers de-duplicate on it
 * @param type          the event's stable type name, e.g. {@code certflow.order.requested.v1}
 * @param occurredAt    when the fact happened (not when it was published)
 * @param source        the service that produced it, e.g. {@code order-intake}
 * @param correlationId the order's id where known, so one order's events can be followed end to end;
 *                      absent (omitted from the JSON) where no order exists yet
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventMetadata(
        UUID eventId,
        String type,
        @Serdeable.Serializable(using = IsoInstantSerde.class)
        @Serdeable.Deserializable(using = IsoInstantSerde.class)
        Instant occurredAt,
        String source,
        String correlationId) {

    public EventMetadata {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(source, "source");
    }

    /** New metadata for an event that happens now. */
    public static EventMetadata now(String type, String source, String correlationId) {
        return new EventMetadata(UUID.randomUUID(), type, Instant.now(), source, correlationId);
    }
}
