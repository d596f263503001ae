package io.certflow.sandbox.order;

import io.certflow.sandbox.ca.LeafIssuer;
import io.certflow.sandbox.config.RuntimeSettings;
import io.certflow.sandbox.product.Validation;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Validation and issuance. An order waiting for validation completes after the configured delay,
 * or at once when the control API says so. OV passes through "verified", EV through
 * "click-through" and "verified", each with a verificationCode, before the certificate is signed.
 */
@Singleton
public class OrderLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OrderLifecycle.class);
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RuntimeSettings settings;
    private final LeafIssuer issuer;
    private final OrderEvents events;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    public OrderLifecycle(RuntimeSettings settings, LeafIssuer issuer, OrderEvents events) {
        this.settings = settings;
        this.issuer = issuer;
        this.events = events;
    }

    /** Called for every order that starts waiting for validation. */
    public void awaitValidation(Order order) {
        if (order.status() == OrderStatus.AWAITING_VALIDATION && Boolean.TRUE.equals(settings.get().autoValidate())) {
            scheduler.schedule(() -> completeQuietly(order), settings.get().validationDelayMs(), TimeUnit.MILLISECONDS);
        }
    }

    private void completeQuietly(Order order) {
        try {
            completeValidation(order);
        } catch (IllegalStateException e) {
            LOG.debug("Order {} left validation before its delay ran out: {}", order.number(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Could not complete validation of order {}", order.number(), e);
        }
    }

    public void completeValidation(Order order) {
        synchronized (order) {
            if (order.status() != OrderStatus.AWAITING_VALIDATION) {
                throw new IllegalStateException("Order " + order.number() + " is " + order.status());
            }
            Validation validation = order.details().product().validation();
            if (validation.organizational()) {
                order.recordVerificationCode(randomText(16));
                if (validation == Validation.EV) {
                    events.raise(order, PushStatus.CLICK_THROUGH, null);
                }
                events.raise(order, PushStatus.VERIFIED, null);
            }
            order.issue(issuer.issue(order.details().content().toLeafSpec()));
            events.issued(order);
        }
    }

    /** Completes every order of {@code candidates} that waits for validation; answers those it issued. */
    public List<Order> completeAllWaiting(List<Order> candidates) {
        List<Order> issued = new ArrayList<>();
        for (Order order : candidates) {
            if (order.status() == OrderStatus.AWAITING_VALIDATION) {
                try {
                    completeValidation(order);
                    issued.add(order);
                } catch (IllegalStateException e) {
                    LOG.debug("Order {} moved on meanwhile: {}", order.number(), e.getMessage());
                }
            }
        }
        return issued;
    }

    public void reject(Order order, String reason) {
        synchronized (order) {
            order.reject(reason);
            events.raise(order, PushStatus.REJECTED, reason);
        }
    }

    public static String randomText(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return out.toString();
    }

    @PreDestroy
    void close() {
        scheduler.shutdownNow();
    }
}
