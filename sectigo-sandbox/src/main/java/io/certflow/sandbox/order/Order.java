package io.certflow.sandbox.order;

import io.certflow.sandbox.ca.IssuedCertificate;

import java.time.Instant;
import java.util.Optional;

/** One order and its life. State changes go through the intention-named methods, one at a time. */
public final class Order {

    private final OrderDetails details;
    private OrderStatus status;
    private String verificationCode;
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

    public synchronized void authorize() {
        requireStatus(OrderStatus.AWAITING_AUTHORIZATION);
        moveTo(OrderStatus.AWAITING_VALIDATION);
    }

    public synchronized void recordVerificationCode(String code) {
        requireStatus(OrderStatus.AWAITING_VALIDATION);
        this.verificationCode = code;
    }

    public synchronized void issue(IssuedCertificate issued) {
        requireStatus(OrderStatus.AWAITING_VALIDATION);
        this.certificate = issued;
        moveTo(OrderStatus.ISSUED);
    }

    public synchronized void reject(String why) {
        requireStatus(OrderStatus.AWAITING_VALIDATION);
        this.reason = why;
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
        return OrderView.of(details, status, verificationCode, certificate, replacedBy, reason, statusChangedAt);
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
