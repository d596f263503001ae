package io.certflow.sandbox.fault;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The fault switches. Rates are shares between 0 and 1; bursts count the next calls they affect.
 * <ul>
 *   <li>{@code latencyMs}: added before every Sectigo-shaped answer;</li>
 *   <li>{@code http5xxRate} / {@code http5xxStatus}: answer with an HTTP error instead of Sectigo's;</li>
 *   <li>{@code callLimitBurst} / {@code unknownErrorBurst}: the next N calls answer -42 / -14;</li>
 *   <li>{@code dropResponseBurst}: the next N calls that create an order create it, then close the
 *       connection without answering;</li>
 *   <li>{@code pushDropRate}, {@code pushDuplicateRate}, {@code pushReorderRate}: pushes dropped,
 *       sent twice, or held back by {@code pushReorderDelayMs} so that later pushes overtake them;
 *       {@code pushReorderBurst}: the next N pushes are held back.</li>
 * </ul>
 */
@Serdeable
public record FaultSettings(@Nullable Long latencyMs, @Nullable Double http5xxRate, @Nullable Integer http5xxStatus,
                            @Nullable Integer callLimitBurst, @Nullable Integer unknownErrorBurst,
                            @Nullable Integer dropResponseBurst, @Nullable Double pushDropRate,
                            @Nullable Double pushDuplicateRate, @Nullable Double pushReorderRate,
                            @Nullable Long pushReorderDelayMs, @Nullable Integer pushReorderBurst) {

    public static FaultSettings none() {
        return new FaultSettings(0L, 0.0, 503, 0, 0, 0, 0.0, 0.0, 0.0, 1000L, 0);
    }

    /** This change laid over {@code current}: absent fields keep their value. */
    public FaultSettings over(FaultSettings current) {
        return new FaultSettings(or(latencyMs, current.latencyMs), or(http5xxRate, current.http5xxRate),
                or(http5xxStatus, current.http5xxStatus), or(callLimitBurst, current.callLimitBurst),
                or(unknownErrorBurst, current.unknownErrorBurst), or(dropResponseBurst, current.dropResponseBurst),
                or(pushDropRate, current.pushDropRate), or(pushDuplicateRate, current.pushDuplicateRate),
                or(pushReorderRate, current.pushReorderRate), or(pushReorderDelayMs, current.pushReorderDelayMs),
                or(pushReorderBurst, current.pushReorderBurst));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
