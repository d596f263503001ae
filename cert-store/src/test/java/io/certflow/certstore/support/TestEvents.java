package io.certflow.certstore.support;

import io.certflow.events.CertificateIssued;
import io.certflow.events.CertificateRevoked;
import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.CertificateType;
import io.certflow.events.Customer;
import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.OrderChannel;
import io.certflow.events.OrderDetails;
import io.certflow.events.OrderRequested;
import io.certflow.events.RequestFacts;
import io.certflow.events.RevocationReason;
import io.certflow.events.Smime;
import io.certflow.events.StatusOrigin;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** The upstream events of one order, as order-intake, the gateway and the webhook receiver write them. */
public final class TestEvents {

    public static final String DOMAIN = "shop.example.com";
    public static final String WWW = "www.shop.example.com";
    /** Every order's tenant: the {@code acme} personas' ({@link Bearer}). */
    public static final String TENANT = "acme";

    public final UUID orderId = UUID.randomUUID();
    public final String sectigoOrderNumber = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999_999L));

    /** CN {@value #DOMAIN} with the additional name {@value #WWW}, for the customer's key. */
    public OrderRequested requested() {
        return OrderRequested.of("order-intake", orderId, null, OrderDetails.builder().type(CertificateType.SSL)
                .product(287).days(365).csr(TestCsrs.forCustomer(DOMAIN)).domainNames(List.of(WWW))
                .dcv(Dcv.of(DcvMethod.CNAME_CSR_HASH)).customer(new Customer("ops@example.com", null, "en"))
                .build(), null, null, OrderChannel.API, facts(WWW)).forTenant(TENANT);
    }

    /** The same order replacing {@code replaced}'s certificate, with the customer's key. */
    public OrderRequested replacing(TestEvents replaced) {
        OrderRequested original = requested();
        return OrderRequested.of("order-intake", orderId, null, original.order(), replaced.orderId, null,
                OrderChannel.API, original.facts()).forTenant(TENANT);
    }

    /** A multi-domain order: Sectigo issues for exactly these names; the CSR's CN ({@value #DOMAIN}) is not among them. */
    public OrderRequested requestedMultiDomain(String primaryDomainName, String... domainNames) {
        return OrderRequested.of("order-intake", orderId, null, OrderDetails.builder().type(CertificateType.SSL)
                .product(583).days(365).csr(TestCsrs.forCustomer(DOMAIN)).domainNames(List.of(domainNames))
                .primaryDomainName(primaryDomainName).dcv(Dcv.of(DcvMethod.CNAME_CSR_HASH))
                .customer(new Customer("ops@example.com", null, "en")).build(), null, null, OrderChannel.API,
                facts(names(primaryDomainName, domainNames))).forTenant(TENANT);
    }

    /** An S/MIME order (mailbox-validated 2411) for these addresses, CSR of the customer's key. */
    public OrderRequested requestedSmime(String... emailAddresses) {
        return OrderRequested.of("order-intake", orderId, null, OrderDetails.builder().type(CertificateType.SMIME)
                .product(2411).days(365).csr(TestCsrs.forCustomer("Jane Doe"))
                .smime(new Smime(List.of(emailAddresses), null, null))
                .customer(new Customer("jane@example.org", null, "en")).build(), null, null, OrderChannel.API,
                facts(emailAddresses)).forTenant(TENANT);
    }

    /**
     * The facts order-intake publishes for a CSR of the customer's key, with the ordered names as
     * its rule gives them for these orders; the DCV hashes are not cert-store's concern.
     */
    private static RequestFacts facts(String... orderedNames) {
        return new RequestFacts(DOMAIN, List.of(), TestKeys.sha256(TestKeys.CUSTOMER), "0".repeat(32), "0".repeat(64),
                "EC", 256, Stream.of(orderedNames).map(name -> name.toLowerCase(Locale.ROOT)).toList());
    }

    private static String[] names(String primaryDomainName, String... domainNames) {
        return Stream.concat(Stream.of(primaryDomainName), Stream.of(domainNames)).distinct().toArray(String[]::new);
    }

    public CertificateRevoked revoked(Instant at, RevocationReason reason) {
        return CertificateRevoked.of("sectigo-gateway", orderId, sectigoOrderNumber, at, reason);
    }

    /** As webhook-receiver reports a push, once it has met Sectigo's number with the order. */
    public CertificateStatusChanged statusChanged(CertificateStatus status) {
        return CertificateStatusChanged.of("webhook-receiver", sectigoOrderNumber, null, orderId, status, null, null,
                status.name().toLowerCase(), StatusOrigin.PUSH);
    }

    /** As webhook-receiver delivers a push, once it has met Sectigo's number with the order. */
    public CertificateIssued pushed(String certificatePem, List<String> chainPems) {
        return CertificateIssued.of("webhook-receiver", sectigoOrderNumber, "4711" + sectigoOrderNumber, orderId,
                certificatePem, chainPems, StatusOrigin.PUSH);
    }

    /** As collection delivers it. */
    public CertificateIssued collected(String certificatePem, List<String> chainPems) {
        return CertificateIssued.of("sectigo-gateway", sectigoOrderNumber, null, orderId, certificatePem, chainPems,
                StatusOrigin.COLLECTION);
    }
}
