package io.certflow.events;

import io.micronaut.context.annotation.Bean;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serde;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Writes an {@link Instant} as an ISO-8601 UTC string ({@code 2026-11-22T09:15:30.123456Z}) and reads
 * one back, whatever a service sets in {@code micronaut.serde.*} (time-write-shape, date-format): the
 * wire format of an event must not depend on the configuration of the service that writes it.
 * Referenced per field; typed to its own class only, so it does not replace the application-wide
 * Instant serde of the services that load this module.
 */
@Singleton
@Bean(typed = IsoInstantSerde.class)
public final class IsoInstantSerde implements Serde<Instant> {

    @Override
    public void serialize(Encoder encoder, EncoderContext context, Argument<? extends Instant> type, Instant value)
            throws IOException {
        encoder.encodeString(DateTimeFormatter.ISO_INSTANT.format(value));
    }

    @Override
    public Instant deserialize(Decoder decoder, DecoderContext context, Argument<? super Instant> type)
            throws IOException {
        String text = decoder.decodeString();
        try {
            return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
        } catch (DateTimeParseException e) {
            throw new SerdeException("not an ISO-8601 instant: " + text, e);
        }
    }
}
