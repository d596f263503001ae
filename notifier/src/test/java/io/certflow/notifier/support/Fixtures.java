package io.certflow.notifier.support;

import io.certflow.events.CertificateStored;
import io.certflow.events.CertificateType;
import io.certflow.events.Customer;
import io.certflow.events.Dcv;
import io.certflow.events.DcvInstruction;
import io.certflow.events.DcvMethod;
import io.certflow.events.FailureReason;
import io.certflow.events.OrderChannel;
import io.certflow.events.OrderDetails;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
import io.certflow.events.OrderRequested;
import io.certflow.events.RequestFacts;
import io.certflow.notifier.recipient.Recipient;
import io.certflow.testkit.csr.GoldenCsr;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Upstream events as the other services publish them, for one single-domain DV order of shop.example.com. */
public final class Fixtures {

    public static final String DOMAIN = "shop.example.com";
    public static final String CUSTOMER_NAME = "Erika Mustermann";
    /** An EC P-256 CSR with CN=shop.example.com (the golden file's). */
    public static final String CSR = GoldenCsr.PEM;
    public static final String CERTIFICATE_PEM = """
            -----BEGIN CERTIFICATE-----
            MIIBizCCATGgAwIBAgIUVEkxpNl8Io18mFROFfnQEOKxDTUwCgYIKoZIzj0EAwIw
            GzEZMBcGA1UEAwwQc2hvcC5leGFtcGxlLmNvbTAeFw0yNjExMjIwNDMwNTVaFw0y
            -----END CERTIFICATE-----
            """;
    public static final String INTERMEDIATE_PEM = """
            -----BEGIN CERTIFICATE-----
            MIIGEzCCA/ugAwIBAgIQfVtRJrR2uhHbdBYLvFMNpzANBgkqhkiG9w0BAQwFADCB
            -----END CERTIFICATE-----
            """;
    public static final String ROOT_PEM = """
            -----BEGIN CERTIFICATE-----
            MIIF3jCCA8agAwIBAgIQAf1tMPyjylGoG7xkDjUDLTANBgkqhkiG9w0BAQwFADCB
            -----END CERTIFICATE-----
            """;
    public static final String CNAME_HOST = "_3f0c6d528a1e4f4b9c2d5b7e1a9d4c21.shop.example.com";
    public static final String CNAME_TARGET = "c7a1e9d32b4f4e6a.8d0c1f3b5a7e9c82.a1b2c3d4e5.sectigo.com";
    public static final String SECTIGO_ORDER = "1234567";

    private Fixtures() {
    }

    /** A customer address no other test uses, so each test reads only its own mail. */
    public static String uniqueEmail() {
        return "customer-" + UUID.randomUUID() + "@example.com";
    }

    public static OrderRequested requested(UUID orderId, String email) {
        OrderDetails order = OrderDetails.builder().type(CertificateType.SSL).product(287).days(365).csr(CSR)
                .dcv(Dcv.of(DcvMethod.CNAME_CSR_HASH)).customer(new Customer(email, CUSTOMER_NAME, "en")).build();
        return OrderRequested.of("order-intake", orderId, null, order, null, null, OrderChannel.API, facts(DOMAIN));
    }

    /** The facts order-intake publishes for {@link #CSR}, with these ordered names. */
    public static RequestFacts facts(String... orderedNames) {
        return new RequestFacts(GoldenCsr.COMMON_NAME, GoldenCsr.DOMAIN_NAMES, GoldenCsr.PUBLIC_KEY_SHA256,
                GoldenCsr.MD5, GoldenCsr.SHA256, "EC", 256, List.of(orderedNames));
    }

    public static OrderPlaced placedWithCname(UUID orderId) {
        return placed(orderId, new DcvInstruction(DOMAIN, DcvMethod.CNAME_CSR_HASH, null, null, null, CNAME_HOST,
                CNAME_TARGET));
    }

    public static OrderPlaced placed(UUID orderId, DcvInstruction... instructions) {
        return OrderPlaced.of("sectigo-gateway", orderId, SECTIGO_ORDER, "1234567890", new BigDecimal("49.50"), "USD",
                "a1b2c3d4e5", List.of(instructions), null);
    }

    public static OrderFailed failed(UUID orderId, FailureReason reason) {
        return OrderFailed.of("sectigo-gateway", orderId, reason, "Sectigo refused the CSR: the key is known to be weak.",
                "csr", "-10");
    }

    public static CertificateStored stored(UUID orderId, UUID certificateId) {
        return CertificateStored.of("cert-store", orderId, certificateId, SECTIGO_ORDER,
                "54493164d97c228d7c98544e15f9d010e2b10d35", "CN=" + DOMAIN,
                "CN=Sectigo Public Server Authentication CA DV E36,O=Sectigo Limited,C=GB", List.of(DOMAIN),
                Instant.parse("2026-11-22T00:00:00Z"), Instant.parse("2027-11-21T23:59:59Z"),
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", CERTIFICATE_PEM,
                List.of(INTERMEDIATE_PEM, ROOT_PEM));
    }

    public static Recipient recipient(UUID orderId, String name, String language) {
        return new Recipient(orderId, "ops@example.com", name, language, DOMAIN, List.of(DOMAIN), 287,
                Instant.parse("2026-11-22T09:00:00Z"), CertificateType.SSL, null, null);
    }
}
