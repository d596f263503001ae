package io.certflow.notifier.recipient;

import io.micronaut.core.annotation.Nullable;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything the notifier knows about an order when it writes about it.
 *
 * @param recipient          whom to write to and what was ordered
 * @param sectigoOrderNumber Sectigo's order number, once {@code order.placed} was seen
 * @param replacement        for a replacement order: what it replaces; absent otherwise
 */
public record OrderFacts(Recipient recipient, @Nullable String sectigoOrderNumber,
                         @Nullable Replacement replacement) {

    public OrderFacts {
        Objects.requireNonNull(recipient, "recipient");
    }

    /** An order of which only the recipient is known. */
    public static OrderFacts of(Recipient recipient) {
        return new OrderFacts(recipient, null, null);
    }

    public Optional<Replacement> replacementIfAny() {
        return Optional.ofNullable(replacement);
    }
}
