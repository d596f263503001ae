package io.certflow.sandbox.order;

import io.certflow.sandbox.ca.LeafIssuer;
import io.certflow.sandbox.config.RuntimeSettings;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of validation: the certificate is signed and pushed, unless the CAA check (setting
 * {@code caaDeniedDomains}) forbids one of an SSL order's names; then the order fails pre-sign.
 * Callers hold the order's lock.
 */
@Singleton
public class OrderSigning {

    private static final Logger LOG = LoggerFactory.getLogger(OrderSigning.class);

    private final RuntimeSettings settings;
    private final LeafIssuer issuer;
    private final OrderEvents events;

    public OrderSigning(RuntimeSettings settings, LeafIssuer issuer, OrderEvents events) {
        this.settings = settings;
        this.issuer = issuer;
        this.events = events;
    }

    void sign(Order order) {
        if (!order.details().smime()) {
            String denied = CaaPolicy.deniedName(order.details().content().dnsNames(),
                    settings.get().caaDeniedDomains()).orElse(null);
            if (denied != null) {
                LOG.info("Order {} fails pre-sign: CAA denies {}", order.number(), denied);
                fail(order, FailureStage.PRE_SIGN, CaaPolicy.NOT_AUTHORIZED);
                return;
            }
        }
        order.issue(issuer.issue(order.details().content().toLeafSpec()));
        events.issued(order);
    }

    /** Pre-sign pushes 3 "PRE-SIGN FAILED: reason"; post-sign pushes 5 "POST-SIGN FAILED" as the text prints it. */
    void fail(Order order, FailureStage stage, String reason) {
        order.fail(stage, reason);
        events.raise(order, stage.push(), stage == FailureStage.PRE_SIGN ? reason : null);
    }
}
