package io.certflow.sandbox.order;

import java.util.Locale;
import java.util.Optional;

/** Where an order failed: before signing (push 3, with a reason such as CAA) or after it (push 5). */
public enum FailureStage {
    PRE_SIGN(PushStatus.PRE_SIGN_FAILED, CaaPolicy.NOT_AUTHORIZED),
    POST_SIGN(PushStatus.POST_SIGN_FAILED, "POST-SIGN FAILED");

    private final PushStatus push;
    private final String defaultReason;

    FailureStage(PushStatus push, String defaultReason) {
        this.push = push;
        this.defaultReason = defaultReason;
    }

    public PushStatus push() {
        return push;
    }

    public String defaultReason() {
        return defaultReason;
    }

    /** {@code pre} / {@code post} as the control API spells them. */
    public static Optional<FailureStage> named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "pre" -> Optional.of(PRE_SIGN);
            case "post" -> Optional.of(POST_SIGN);
            default -> Optional.empty();
        };
    }
}
