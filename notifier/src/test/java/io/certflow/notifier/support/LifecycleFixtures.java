package io.certflow.notifier.support;

import io.certflow.events.CertificateExpiring;
import io.certflow.events.CertificateRevoked;
import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.CertificateStored;
import io.certflow.events.CertificateType;
import io.certflow.events.Customer;
import io.certflow.events.DcvInstruction;
import io.certflow.events.OrderChannel;
import io.certflow.events.OrderDetails;
import io.certflow.events.OrderPlaced;
import io.certflow.events.OrderRequested;
import io.certflow.events.OrderRevocationFailed;
import io.certflow.events.RevocationReason;
import io.certflow.events.Smime;
import io.certflow.events.StatusOrigin;
import io.certflow.notifier.recipient.Recipient;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Events of the later steps: Sectigo's status changes, revocation, expiry, replacement, S/MIME. */
public final class LifecycleFixtures {

    public static final String VERIFICATION_CODE = "mdtBfVzq0MIaiGg8";
    public static final String CAA_FAILURE = "PRE-SIGN FAILED: CAA: Not authorized to issue";
    public static final String MAILBOX = "alice@example.org";
    public static final Instant NOT_AFTER = Instant.parse("2027-11-21T23:59:59Z");
    public static final String REVOCATION_REFUSAL = "Sectigo refused the revocation: this account may not revoke "
            + "the certificate.";
    public static final String REVOCATION_PROVIDER_CODE = "-16";

    private LifecycleFixtures() {
    }

    /** A Sectigo order number no other test uses, so each test's emails name their own. */
    public static String uniqueSectigoOrder() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
    }

    public static OrderPlaced placed(UUID orderId, String sectigoOrder, UUID replacesOrderId,
                                     DcvInstruction... instructions) {
        return OrderPlaced.of("sectigo-gateway", orderId, sectigoOrder, null, new BigDecimal("49.50"), "USD", null,
                List.of(instructions), replacesOrderId);
    }

    /** OV callback link as the producer builds it. */
    public static String callbackLink(String sectigoOrder) {
        return "https://secure.trust-provider.com/products/EnterCallbackCode?orderNumber=" + sectigoOrder
                + "&code2=" + VERIFICATION_CODE;
    }

    public static String clickThroughLink(String sectigoOrder) {
        return "https://secure.trust-provider.com/products/ExecuteAgreementsWithCode?orderNumber=" + sectigoOrder
                + "&code2=" + VERIFICATION_CODE;
    }

    /** From a push, which webhook-receiver publishes once it has met the Sectigo number with its order. */
    public static CertificateStatusChanged pushed(UUID orderId, String sectigoOrder, CertificateStatus status,
                                                  String description, String code, String link) {
        return CertificateStatusChanged.of("webhook-receiver", sectigoOrder, "1234567890", orderId, status,
                description, code, status.name().toLowerCase(), StatusOrigin.PUSH, link);
    }

    /** From the gateway's collection. */
    public static CertificateStatusChanged collected(UUID orderId, String sectigoOrder, CertificateStatus status,
                                                     String description, String code, String link) {
        return CertificateStatusChanged.of("sectigo-gateway", sectigoOrder, "1234567890", orderId, status,
                description, code, status.name().toLowerCase(), StatusOrigin.COLLECTION, link);
    }

    public static CertificateStatusChanged pushed(UUID orderId, String sectigoOrder, CertificateStatus status,
                                                  String description) {
        return pushed(orderId, sectigoOrder, status, description, null, null);
    }

    public static CertificateRevoked revoked(UUID orderId, String sectigoOrder, RevocationReason reason) {
        return CertificateRevoked.of("sectigo-gateway", orderId, sectigoOrder,
                Instant.parse("2027-03-01T10:15:00Z"), reason);
    }

    /** Sectigo refused the revocation; {@code sectigoOrder} null: the order never reached Sectigo. */
    public static OrderRevocationFailed revocationFailed(UUID orderId, String sectigoOrder, RevocationReason reason) {
        return OrderRevocationFailed.of("sectigo-gateway", orderId, sectigoOrder, reason, REVOCATION_REFUSAL,
                sectigoOrder == null ? null : REVOCATION_PROVIDER_CODE);
    }

    public static CertificateExpiring expiring(UUID orderId, UUID certificateId, int daysLeft, int threshold) {
        return CertificateExpiring.of("cert-store", orderId, certificateId, Fixtures.DOMAIN,
                List.of(Fixtures.DOMAIN, "www." + Fixtures.DOMAIN), NOT_AFTER, daysLeft, threshold);
    }

    public static OrderRequested replacement(UUID orderId, UUID replacedOrderId, String email, boolean revokeOld) {
        OrderRequested original = Fixtures.requested(orderId, email);
        return OrderRequested.of("order-intake", orderId, null, original.order(), replacedOrderId, revokeOld,
                OrderChannel.API, original.facts());
    }

    public static OrderRequested smimeRequested(UUID orderId, String email) {
        OrderDetails order = OrderDetails.builder().type(CertificateType.SMIME).product(2411).days(365)
                .csr(Fixtures.CSR).smime(new Smime(List.of(MAILBOX), MAILBOX, null))
                .customer(new Customer(email, Fixtures.CUSTOMER_NAME, "en")).build();
        return OrderRequested.of("order-intake", orderId, null, order, null, null, OrderChannel.API,
                Fixtures.facts(MAILBOX));
    }

    public static CertificateStored smimeStored(UUID orderId, UUID certificateId, String sectigoOrder) {
        CertificateStored ssl = Fixtures.stored(orderId, certificateId);
        return CertificateStored.of("cert-store", orderId, certificateId, sectigoOrder, ssl.serialNumber(),
                "CN=" + MAILBOX + ",E=" + MAILBOX, ssl.issuer(), List.of(MAILBOX), ssl.notBefore(), ssl.notAfter(),
                ssl.sha256Fingerprint(), ssl.certificatePem(), ssl.chainPems());
    }

    public static CertificateStored stored(UUID orderId, UUID certificateId, String sectigoOrder) {
        CertificateStored ssl = Fixtures.stored(orderId, certificateId);
        return CertificateStored.of("cert-store", orderId, certificateId, sectigoOrder, ssl.serialNumber(),
                ssl.subject(), ssl.issuer(), ssl.subjectAlternativeNames(), ssl.notBefore(), ssl.notAfter(),
                ssl.sha256Fingerprint(), ssl.certificatePem(), ssl.chainPems());
    }

    public static Recipient smimeRecipient(UUID orderId) {
        return new Recipient(orderId, "ops@example.com", null, "en", MAILBOX, List.of(MAILBOX), 2411,
                Instant.parse("2026-11-22T09:00:00Z"), CertificateType.SMIME, null, null);
    }
}
