package io.certflow.sandbox.order;

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
 * With {@code manualCallback} the order stops after the first of them until the customer's
 * callback / click-through is completed.
 */
@Singleton
public class OrderLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OrderLifecycle.class);
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RuntimeSettings settings;
    private final OrderSigning signing;
    private final OrderEvents events;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    public OrderLifecycle(RuntimeSettings settings, OrderSigning signing, OrderEvents events) {
        this.settings = settings;
        this.signing = signing;
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
            if (!order.awaitsDcv()) {
                throw new IllegalStateException("Order " + order.number() + " is " + order.status());
            }
            Validation validation = order.details().product().validation();
            if (validation.organizational()) {
                order.recordVerificationCode(randomText(16));
                events.raise(order, validation == Validation.EV ? PushStatus.CLICK_THROUGH : PushStatus.VERIFIED, null);
                if (Boolean.TRUE.equals(settings.get().manualCallback())) {
                    order.awaitCallback();
                    return;
                }
                if (validation == Validation.EV) {
                    events.raise(order, PushStatus.VERIFIED, null);
                }
            }
            signing.sign(order);
        }
    }

    /**
     * The customer used the OV callback / EV click-through link (or the control API stands in):
     * EV pushes "verified", then the certificate is signed. {@code code} null skips the code check.
     */
    public void completeCallback(Order order, String code) {
        synchronized (order) {
            order.completeCallback(code);
            if (order.details().product().validation() == Validation.EV) {
                events.raise(order, PushStatus.VERIFIED, null);
            }
            signing.sign(order);
        }
    }

    /** Completes every order of {@code candidates} that waits for DCV; answers those it completed. */
    public List<Order> completeAllWaiting(List<Order> candidates) {
        List<Order> completed = new ArrayList<>();
        for (Order order : candidates) {
            if (order.awaitsDcv()) {
                try {
                    completeValidation(order);
                    completed.add(order);
                } catch (IllegalStateException e) {
                    LOG.debug("Order {} moved on meanwhile: {}", order.number(), e.getMessage());
                }
            }
        }
        return completed;
    }

    public void reject(Order order, String reason) {
        synchronized (order) {
            order.reject(reason);
            events.raise(order, PushStatus.REJECTED, reason);
        }
    }

    public void fail(Order order, FailureStage stage, String reason) {
        synchronized (order) {
            signing.fail(order, stage, reason);
        }
    }

    /** Brand review: pushed as its own event; the order keeps waiting for validation. */
    public void awaitBrandValidation(Order order) {
        synchronized (order) {
            order.awaitBrandValidation();
            events.raise(order, PushStatus.AWAITING_BRAND_VALIDATION, null);
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
