package io.certflow.sandbox.order;

import io.certflow.sandbox.ca.IssuedCertificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

/** One order and its life. State changes go through the intention-named methods, one at a time. */
public final class Order {

    private final OrderDetails details;
    private OrderStatus status;
    private String verificationCode;
    private boolean callbackPending;
    private boolean brandValidation;
    private FailureStage failureStage;
    private IssuedCertificate certificate;
    private String replacedBy;
    private String reason;
    private Instant statusChangedAt;

    public Order(OrderDetails details, OrderStatus initialStatus) {
        this.details = details;
        this.status = initialStatus;
        this.statusChangedAt = details.placedAt();
    }

    public OrderDetails details() {
        return details;
    }

    public String number() {
        return details.orderNumber();
    }

    public synchronized OrderStatus status() {
        return status;
    }

    public synchronized Optional<IssuedCertificate> certificate() {
        return Optional.ofNullable(certificate);
    }

    public synchronized String verificationCode() {
        return verificationCode;
    }

    /** Waiting for DCV: not yet validated, and not parked on the customer's callback either. */
    public synchronized boolean awaitsDcv() {
        return status == OrderStatus.AWAITING_VALIDATION && !callbackPending;
    }

    public synchronized void authorize() {
        requireStatus(OrderStatus.AWAITING_AUTHORIZATION);
        moveTo(OrderStatus.AWAITING_VALIDATION);
    }

    public synchronized void recordVerificationCode(String code) {
        requireStatus(OrderStatus.AWAITING_VALIDATION);
        this.verificationCode = code;
    }

    /** DCV is done; the order now waits until the customer uses the OV callback / EV click-through link. */
    public synchronized void awaitCallback() {
        requireStatus(OrderStatus.AWAITING_VALIDATION);
        if (verificationCode == null) {
            throw new IllegalStateException("Order " + number() + " has no verification code");
        }
        callbackPending = true;
    }

    /**
     * The customer completed the callback. A given {@code code} must be the order's verificationCode
     * ({@link WrongCodeException}, nothing changes); null skips the check (the control API).
     */
    public synchronized void completeCallback(String code) {
        if (code != null && !codeMatches(code)) {
            throw new WrongCodeException(number());
        }
        if (!callbackPending) {
            throw new IllegalStateException("Order " + number() + " does not wait for a callback");
        }
        callbackPending = false;
    }

    public synchronized void awaitBrandValidation() {
        requireStatus(OrderStatus.AWAITING_VALIDATION);
        brandValidation = true;
    }

    public synchronized void issue(IssuedCertificate issued) {
        requireStatus(OrderStatus.AWAITING_VALIDATION);
        if (callbackPending) {
            throw new IllegalStateException("Order " + number() + " waits for its callback");
        }
        this.certificate = issued;
        moveTo(OrderStatus.ISSUED);
    }

    public synchronized void fail(FailureStage stage, String why) {
        requireStatus(OrderStatus.AWAITING_VALIDATION);
        this.failureStage = stage;
        this.reason = why;
        callbackPending = false;
        moveTo(OrderStatus.FAILED);
    }

    public synchronized void reject(String why) {
        requireStatus(OrderStatus.AWAITING_VALIDATION);
        this.reason = why;
        callbackPending = false;
        moveTo(OrderStatus.REJECTED);
    }

    public synchronized void revoke(String why) {
        if (!status.hasCertificate() || status == OrderStatus.REVOKED) {
            throw new IllegalStateException("Order " + number() + " is " + status);
        }
        this.reason = why;
        moveTo(OrderStatus.REVOKED);
    }

    public synchronized void replaceBy(String newOrderNumber) {
        this.replacedBy = newOrderNumber;
        moveTo(OrderStatus.REPLACED);
    }

    public synchronized OrderView view() {
        return OrderView.of(details, status, verificationCode, certificate, replacedBy, reason, statusChangedAt,
                new OrderView.Progress(callbackPending, brandValidation,
                        failureStage == null ? null : failureStage.name()));
    }

    private boolean codeMatches(String code) {
        return verificationCode != null && MessageDigest.isEqual(verificationCode.getBytes(StandardCharsets.UTF_8),
                code.getBytes(StandardCharsets.UTF_8));
    }

    private void requireStatus(OrderStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Order " + number() + " is " + status + ", not " + expected);
        }
    }

    private void moveTo(OrderStatus next) {
        status = next;
        statusChangedAt = Instant.now();
    }
}
