package io.certflow.messaging;

/**
 * The values every certflow Kafka listener uses, through {@link CertflowListener}, so that no
 * listener falls back on micronaut-kafka's defaults ({@code errorStrategy = NONE},
 * {@code offsetStrategy = AUTO}), which skip or lose records.
 *
 * <p>{@code SYNC} commits the offsets once every record of a poll has returned (at-least-once,
 * hence the inbox): a crash in the middle of a poll redelivers the records handled before it, which
 * the inbox skips. One commit per poll rather than per record, because each commit is a broker round
 * trip and a write to {@code __consumer_offsets}; under load a poll brings many records. On an exception the record's partition is paused and the record retried
 * {@link #RETRY_COUNT} times with exponential backoff while other partitions go on; after that,
 * messaging's {@code DeadLetterExceptionHandler} copies it to {@code <topic>.dlt} and consumption
 * resumes with the next record. {@code handleAllExceptions} stays at its default ({@code false}):
 * the handler must see only final failures.
 */
public final class ListenerDefaults {

    /** Retries after the first failure, before the record is dead-lettered. */
    public static final int RETRY_COUNT = 3;

    /** First retry delay; it doubles on each retry (200 ms, 400 ms, 800 ms). */
    public static final String RETRY_DELAY = "200ms";

    /**
     * Consumer threads per listener ({@code threadsValue}), from {@code certflow.listeners.threads}
     * ({@link ListenerProperties}). Each thread is a member of the listener's group and gets its own
     * partitions, so order per key holds; threads beyond the partitions of the topic stay idle.
     */
    public static final String THREADS = "${certflow.listeners.threads:1}";

    private ListenerDefaults() {
    }
}
