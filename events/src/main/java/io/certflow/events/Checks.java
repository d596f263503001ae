package io.certflow.events;

import java.util.List;
import java.util.Objects;

/** Shared checks of the records' compact constructors. */
final class Checks {

    private Checks() {
    }

    /**
     * An immutable copy, or an empty list for {@code null}: an absent list and an empty list mean the
     * same on the wire, so consumers never have to null-check a list.
     */
    static <T> List<T> copyOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The metadata's type must be the record's topic: one record type per topic, no exceptions. */
    static EventMetadata requireType(EventMetadata metadata, String topic) {
        Objects.requireNonNull(metadata, "metadata");
        if (!metadata.type().equals(topic)) {
            throw new IllegalArgumentException("metadata.type is " + metadata.type() + ", expected " + topic);
        }
        return metadata;
    }
}
