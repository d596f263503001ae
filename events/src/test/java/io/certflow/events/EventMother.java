package io.certflow.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One sample per event type, with fixed values: exactly what {@code golden/<topic>.json} holds.
 * Other modules' tests may use it through the events test-jar pattern or copy its values.
 */
final class EventMother {

    static final UUID ORDER_ID = UUID.fromString("3f0c6d52-8a1e-4f4b-9c2d-5b7e1a9d4c21");
    static final UUID REPLACED_ORDER_ID = UUID.fromString("9b2e4f10-6c3d-4a8e-b1f7-0d5c8e2a7b34");
    static final UUID CERTIFICATE_ID = UUID.fromString("c7a1e9d3-2b4f-4e6a-8d0c-1f3b5a7e9c82");
    static final String REQUEST_ID = "erp-2026-000417";
    static final String TENANT = "acme";
    static final String SECTIGO_ORDER_NUMBER = "1234567";
    static final String SECTIGO_CERTIFICATE_ID = "1234567890";
    static final Instant OCCURRED_AT = Instant.parse("2026-11-22T09:15:30.123456Z");

    /** Also testkit's {@code GoldenCsr.PEM} for the services' tests; copied, as testkit depends on events. */
    static final String CSR_PEM = """
            -----BEGIN CERTIFICATE REQUEST-----
            MIIBGjCBwQIBADAbMRkwFwYDVQQDDBBzaG9wLmV4YW1wbGUuY29tMFkwEwYHKoZI
            zj0CAQYIKoZIzj0DAQcDQgAE03KJjbL1IVhoER34chpJJrGqr6TPj6h86YbahRSk
            psQE1sGJv3xUMJa2NvbgzGe3fnedw+oFY5LqFNl3B+LObaBEMEIGCSqGSIb3DQEJ
            DjE1MDMwMQYDVR0RBCowKIIQc2hvcC5leGFtcGxlLmNvbYIUd3d3LnNob3AuZXhh
            bXBsZS5jb20wCgYIKoZIzj0EAwIDSAAwRQIgfqDOa39uun2CDQV4/5FwPLBj4hnx
            2VcOgJvmabO8tMMCIQClqfk5Mc7fwpSSdicmEeqRmlWGEkO0JxkAqfh9qOXfgw==
            -----END CERTIFICATE REQUEST-----
            """;

    static final String CERTIFICATE_PEM = """
            -----BEGIN CERTIFICATE-----
            MIIBizCCATGgAwIBAgIUVEkxpNl8Io18mFROFfnQEOKxDTUwCgYIKoZIzj0EAwIw
            GzEZMBcGA1UEAwwQc2hvcC5leGFtcGxlLmNvbTAeFw0yNjExMjIwNDMwNTVaFw0y
            NzAyMjAwNDMwNTVaMBsxGTAXBgNVBAMMEHNob3AuZXhhbXBsZS5jb20wWTATBgcq
            hkjOPQIBBggqhkjOPQMBBwNCAATTcomNsvUhWGgRHfhyGkkmsaqvpM+PqHzphtqF
            FKSmxATWwYm/fFQwlrY29uDMZ7d+d53D6gVjkuoU2XcH4s5to1MwUTAdBgNVHQ4E
            FgQU/QekRH97+5kxehQfFHYLHVAbC3MwHwYDVR0jBBgwFoAU/QekRH97+5kxehQf
            FHYLHVAbC3MwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiEA6zcE
            CUZMsK/0xrK2ea/2LJvaL87R8MMvmP98hqQhazICIFDPMvjhacSWWrGtgR8s3Ht6
            qAaBkeuHuZeVYii0/rn4
            -----END CERTIFICATE-----
            """;

    /** Shortened: real intermediates are a few kilobytes. */
    static final String INTERMEDIATE_PEM = """
            -----BEGIN CERTIFICATE-----
            MIIGEzCCA/ugAwIBAgIQfVtRJrR2uhHbdBYLvFMNpzANBgkqhkiG9w0BAQwFADCB
            iDELMAkGA1UEBhMCVVMxEzARBgNVBAgTCk5ldyBKZXJzZXkxFDASBgNVBAcTC0pl
            -----END CERTIFICATE-----
            """;

    static final String ROOT_PEM = """
            -----BEGIN CERTIFICATE-----
            MIIF3jCCA8agAwIBAgIQAf1tMPyjylGoG7xkDjUDLTANBgkqhkiG9w0BAQwFADCB
            iDELMAkGA1UEBhMCVVMxEzARBgNVBAgTCk5ldyBKZXJzZXkxFDASBgNVBAcTC0pl
            -----END CERTIFICATE-----
            """;

    private EventMother() {
    }

    /** Every sample, one per topic. */
    static List<Event> all() {
        return List.of(orderSubmitted(), orderRejected(), orderRequested(), orderPlaced(), orderFailed(),
                orderRevocationRequested(), orderRevocationFailed(), certificateStatusChanged(), certificateIssued(),
                certificateStored(), certificateQuarantined(), certificateRevoked(), certificateExpiring());
    }

    static OrderDetails orderDetails() {
        return OrderDetails.builder()
                .type(CertificateType.SSL)
                .product(287)
                .days(365)
                .csr(CSR_PEM)
                .serverSoftware(2)
                .domainNames(List.of("shop.example.com", "www.shop.example.com"))
                .primaryDomainName("shop.example.com")
                .dcv(new Dcv(DcvMethod.CNAME_CSR_HASH, null, List.of(), List.of(
                        new DomainDcv("shop.example.com", DcvMethod.CNAME_CSR_HASH, null),
                        new DomainDcv("www.shop.example.com", DcvMethod.EMAIL, "admin@shop.example.com"))))
                .organization(new Organization("Example Shop GmbH", "IT", null, "Hauptstrasse 1", null, null,
                        "Berlin", "Berlin", "10115", "DE", "Example Shop", "HRB 123456", null, null,
                        new Incorporation("Berlin", null, "DE", "2011-04-01", BusinessCategory.PRIVATE_ORGANIZATION)))
                .customer(new Customer("ops@example.com", "Erika Mustermann", "de"))
                .applicantRepresentative(new ApplicantRepresentative("Erika", "Mustermann", "erika@example.com",
                        "+49 30 1234567", "Head of IT", null, null, CallbackMethod.TELEPHONE, false, false))
                .bundle(new Bundle(new Bundle.TrustLogo("trust@example.com", null, null), null, null))
                .build();
    }

    static OrderSubmitted orderSubmitted() {
        return new OrderSubmitted(metadata("0b8f3c1e-5d2a-4c7b-9e1f-2a3b4c5d6e01", Topics.ORDER_SUBMISSIONS,
                "erp-connector", null), REQUEST_ID, orderDetails(), TENANT);
    }

    static OrderRejected orderRejected() {
        return new OrderRejected(metadata("0b8f3c1e-5d2a-4c7b-9e1f-2a3b4c5d6e02", Topics.ORDER_REJECTED,
                "order-intake", null), REQUEST_ID, List.of(
                new FieldError("order.csr", "the CSR's key is RSA 1024; at least 2048 bits are required"),
                new FieldError("order.domainNames[1]", "not a valid domain name")));
    }

    static OrderRequested orderRequested() {
        return new OrderRequested(metadata("0b8f3c1e-5d2a-4c7b-9e1f-2a3b4c5d6e03", Topics.ORDER_REQUESTED,
                "order-intake", ORDER_ID.toString()), ORDER_ID, REQUEST_ID, orderDetails(), REPLACED_ORDER_ID, false,
                OrderChannel.API, requestFacts(), TENANT);
    }

    /** The golden CSR's facts, computed with openssl ({@code req -outform DER | dgst}, {@code pkey -pubin}). */
    static RequestFacts requestFacts() {
        return new RequestFacts("shop.example.com", List.of("shop.example.com", "www.shop.example.com"),
                "138a156e631597be46344a8faaf7084406cc8c257eb26213650e67565470a3f6",
                "cf244b68cd9a24ef974fb2472d032938",
                "5eeb57373008811236aef3f5607edba48fc403fbf1ddb6d75944020836e1ce94", "EC", 256,
                List.of("shop.example.com", "www.shop.example.com"));
    }

    static OrderPlaced orderPlaced() {
        return new OrderPlaced(metadata("0b8f3c1e-5d2a-4c7b-9e1f-2a3b4c5d6e04", Topics.ORDER_PLACED,
                "sectigo-gateway", ORDER_ID.toString()), ORDER_ID, SECTIGO_ORDER_NUMBER, SECTIGO_CERTIFICATE_ID,
                new BigDecimal("49.50"), "USD", "a1b2c3d4e5", List.of(
                new DcvInstruction("shop.example.com", DcvMethod.CNAME_CSR_HASH, null, null, null,
                        "_3f0c6d528a1e4f4b9c2d5b7e1a9d4c21.shop.example.com",
                        "c7a1e9d32b4f4e6a9d3e6f1b2c4a8e0d.8d0c1f3b5a7e9c8244b1e07a3c9f6d25.a1b2c3d4e5.sectigo.com"),
                new DcvInstruction("www.shop.example.com", DcvMethod.CNAME_CSR_HASH, null, null, null,
                        "_3f0c6d528a1e4f4b9c2d5b7e1a9d4c21.www.shop.example.com",
                        "c7a1e9d32b4f4e6a9d3e6f1b2c4a8e0d.8d0c1f3b5a7e9c8244b1e07a3c9f6d25.a1b2c3d4e5.sectigo.com")),
                REPLACED_ORDER_ID);
    }

    static OrderFailed orderFailed() {
        return new OrderFailed(metadata("0b8f3c1e-5d2a-4c7b-9e1f-2a3b4c5d6e05", Topics.ORDER_FAILED,
                "sectigo-gateway", ORDER_ID.toString()), ORDER_ID, FailureReason.CSR_REJECTED,
                "Sectigo refused the CSR: the key is known to be weak.", "csr", "-10");
    }

    static OrderRevocationRequested orderRevocationRequested() {
        return new OrderRevocationRequested(metadata("0b8f3c1e-5d2a-4c7b-9e1f-2a3b4c5d6e06",
                Topics.ORDER_REVOCATION_REQUESTED, "order-intake", ORDER_ID.toString()), ORDER_ID,
                RevocationReason.KEY_COMPROMISE, "private key leaked in a public repository");
    }

    static OrderRevocationFailed orderRevocationFailed() {
        return new OrderRevocationFailed(metadata("0b8f3c1e-5d2a-4c7b-9e1f-2a3b4c5d6e13",
                Topics.ORDER_REVOCATION_FAILED, "sectigo-gateway", ORDER_ID.toString()), ORDER_ID,
                SECTIGO_ORDER_NUMBER, RevocationReason.KEY_COMPROMISE, "The certificate has already expired", "-13");
    }

    static CertificateStatusChanged certificateStatusChanged() {
        return new CertificateStatusChanged(metadata("0b8f3c1e-5d2a-4c7b-9e1f-2a3b4c5d6e07",
                Topics.CERTIFICATE_STATUS_CHANGED, "webhook-receiver", ORDER_ID.toString()), SECTIGO_ORDER_NUMBER,
                SECTIGO_CERTIFICATE_ID, ORDER_ID, CertificateStatus.AWAITING_VERIFICATION, "Phone number verified",
                "mdtBfVzq0MIaiGg8", "verified", StatusOrigin.PUSH,
                "https://secure.trust-provider.com/products/EnterCallbackCode?orderNumber=1234567&code2=mdtBfVzq0MIaiGg8");
    }

    static CertificateIssued certificateIssued() {
        return new CertificateIssued(metadata("0b8f3c1e-5d2a-4c7b-9e1f-2a3b4c5d6e08", Topics.CERTIFICATE_ISSUED,
                "webhook-receiver", ORDER_ID.toString()), SECTIGO_ORDER_NUMBER, SECTIGO_CERTIFICATE_ID, ORDER_ID,
                CERTIFICATE_PEM,
                List.of(ROOT_PEM, INTERMEDIATE_PEM), StatusOrigin.PUSH);
    }

    static CertificateStored certificateStored() {
        return new CertificateStored(metadata("0b8f3c1e-5d2a-4c7b-9e1f-2a3b4c5d6e09", Topics.CERTIFICATE_STORED,
                "cert-store", ORDER_ID.toString()), ORDER_ID, CERTIFICATE_ID, SECTIGO_ORDER_NUMBER,
                "54493164d97c228d7c98544e15f9d010e2b10d35", "CN=shop.example.com",
                "CN=Sectigo Public Server Authentication CA DV E36,O=Sectigo Limited,C=GB",
                List.of("shop.example.com", "www.shop.example.com"), Instant.parse("2026-11-22T00:00:00Z"),
                Instant.parse("2027-11-21T23:59:59Z"),
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", CERTIFICATE_PEM,
                List.of(INTERMEDIATE_PEM, ROOT_PEM));
    }

    static CertificateQuarantined certificateQuarantined() {
        return new CertificateQuarantined(metadata("0b8f3c1e-5d2a-4c7b-9e1f-2a3b4c5d6e10",
                Topics.CERTIFICATE_QUARANTINED, "cert-store", ORDER_ID.toString()), ORDER_ID, SECTIGO_ORDER_NUMBER,
                SECTIGO_CERTIFICATE_ID, QuarantineReason.KEY_MISMATCH,
                "certificate key SHA-256 7d3f… differs from the CSR key SHA-256 a41c…");
    }

    static CertificateRevoked certificateRevoked() {
        return new CertificateRevoked(metadata("0b8f3c1e-5d2a-4c7b-9e1f-2a3b4c5d6e11", Topics.CERTIFICATE_REVOKED,
                "sectigo-gateway", ORDER_ID.toString()), ORDER_ID, SECTIGO_ORDER_NUMBER,
                Instant.parse("2026-11-22T09:15:29Z"), RevocationReason.KEY_COMPROMISE);
    }

    static CertificateExpiring certificateExpiring() {
        return new CertificateExpiring(metadata("0b8f3c1e-5d2a-4c7b-9e1f-2a3b4c5d6e12", Topics.CERTIFICATE_EXPIRING,
                "cert-store", ORDER_ID.toString()), ORDER_ID, CERTIFICATE_ID, "shop.example.com",
                List.of("shop.example.com", "www.shop.example.com"), Instant.parse("2027-11-21T23:59:59Z"), 29, 30);
    }

    private static EventMetadata metadata(String eventId, String type, String source, String correlationId) {
        return new EventMetadata(UUID.fromString(eventId), type, OCCURRED_AT, source, correlationId);
    }
}
