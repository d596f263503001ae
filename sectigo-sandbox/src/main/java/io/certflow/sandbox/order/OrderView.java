package io.certflow.sandbox.order;

import io.certflow.sandbox.ca.IssuedCertificate;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A consistent snapshot of an order, for the control API and the report endpoints.
 * {@code callbackPending}: DCV done, waiting for the OV callback / EV click-through (manualCallback);
 * {@code brandValidation}: an awaitingbrandvalidation push was sent; {@code failureStage}: PRE_SIGN /
 * POST_SIGN for a failed order.
 */
@Serdeable
public record OrderView(String orderNumber, long certificateId, String loginName, int product, String productName,
                        String validation, List<Integer> productCodes, String foreignOrderNumber, String status,
                        String certificateState, String verificationCode, String commonName,
                        List<String> dnsNames, List<String> ipAddresses, List<String> emails, int days,
                        boolean test, BigDecimal cost, boolean paymentRequired, String uniqueValue,
                        String replaces, String replacedBy, String reason, String organizationName,
                        Instant placedAt, Instant statusChangedAt, String serialNumber, Instant notBefore,
                        Instant notAfter, String certificate, boolean callbackPending, boolean brandValidation,
                        String failureStage) {

    /** The steps between placing and issuing that the order has taken. */
    record Progress(boolean callbackPending, boolean brandValidation, String failureStage) {
    }

    static OrderView of(OrderDetails d, OrderStatus status, String verificationCode, IssuedCertificate issued,
                        String replacedBy, String reason, Instant statusChangedAt, Progress progress) {
        CertificateContent c = d.content();
        return new OrderView(d.orderNumber(), d.certificateId(), d.loginName(), d.product().code(),
                d.product().name(), d.product().validation().name(), d.productCodes(), d.foreignOrderNumber(),
                status.name(), status.certificateState(), verificationCode,
                c.csr().commonName().orElse(null), c.dnsNames(), c.ipAddresses(), c.emails(), c.days(), d.test(),
                d.cost(), d.paymentRequired(), d.uniqueValue(), d.replaces(), replacedBy, reason,
                d.organizationName(), d.placedAt(), statusChangedAt,
                issued == null ? null : issued.serialHex(),
                issued == null ? null : issued.certificate().getNotBefore().toInstant(),
                issued == null ? null : issued.certificate().getNotAfter().toInstant(),
                issued == null ? null : issued.pem(), progress.callbackPending(), progress.brandValidation(),
                progress.failureStage());
    }
}
