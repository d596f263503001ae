package io.certflow.gateway.support;

import io.certflow.events.ApplicantRepresentative;
import io.certflow.events.BusinessCategory;
import io.certflow.events.CallbackMethod;
import io.certflow.events.CertificateType;
import io.certflow.events.Customer;
import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.Incorporation;
import io.certflow.events.OrderChannel;
import io.certflow.events.OrderDetails;
import io.certflow.events.OrderRequested;
import io.certflow.events.Organization;
import io.certflow.events.RequestFacts;
import io.certflow.events.Smime;
import io.certflow.testkit.csr.GoldenCsr;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Orders for tests: the golden example of {@code order.requested} and variations of it. */
public final class OrderFixtures {

    /** The CSR of the golden files (CN shop.example.com, EC P-256). */
    public static final String GOLDEN_CSR = GoldenCsr.PEM;
    /** Its DER's hashes in upper case, as Sectigo's HTTP and CNAME DCV texts carry them. */
    public static final String GOLDEN_CSR_MD5 = GoldenCsr.MD5.toUpperCase(Locale.ROOT);
    public static final String GOLDEN_CSR_SHA256 = GoldenCsr.SHA256.toUpperCase(Locale.ROOT);
    /** What order-intake publishes for it in {@code order.requested} (the golden file's {@code facts}). */
    public static final RequestFacts GOLDEN_FACTS = new RequestFacts(GoldenCsr.COMMON_NAME, GoldenCsr.DOMAIN_NAMES,
            GoldenCsr.PUBLIC_KEY_SHA256, GoldenCsr.MD5, GoldenCsr.SHA256, "EC", 256, GoldenCsr.DOMAIN_NAMES);

    private OrderFixtures() {
    }

    /** The order as order-intake publishes it, with its CSR's facts. */
    public static OrderRequested requested(UUID orderId, OrderDetails details) {
        return requested(orderId, details, null, null, OrderChannel.API);
    }

    public static OrderRequested requested(UUID orderId, OrderDetails details, UUID replacesOrderId,
                                           Boolean revokeReplaced, OrderChannel channel) {
        return OrderRequested.of("order-intake", orderId, null, details, replacesOrderId, revokeReplaced, channel,
                TestFacts.of(details.csr()));
    }

    public static OrderDetails golden() {
        return goldenWith(Dcv.of(DcvMethod.CNAME_CSR_HASH), List.of("shop.example.com", "www.shop.example.com"));
    }

    public static OrderDetails goldenWith(Dcv dcv, List<String> domainNames) {
        return OrderDetails.builder().type(CertificateType.SSL).product(287).days(365).csr(GOLDEN_CSR)
                .serverSoftware(2).domainNames(domainNames)
                .primaryDomainName(domainNames.isEmpty() ? null : domainNames.get(0)).dcv(dcv)
                .organization(new Organization("Example Shop GmbH", "IT", null, "Hauptstrasse 1", null, null, "Berlin",
                        "Berlin", "10115", "DE"))
                .customer(new Customer("ops@example.com", "Erika Mustermann", "de")).build();
    }

    /** The subject of the OV/EV fixtures. */
    public static Organization organization() {
        return new Organization("Example Shop GmbH", "IT", null, "Hauptstrasse 1", null, null, "Berlin", "Berlin",
                "10115", "DE");
    }

    /** Who confirms the OV/EV fixtures' orders; Sectigo calls back by telephone. */
    public static ApplicantRepresentative representative() {
        return new ApplicantRepresentative("Erika", "Mustermann", "erika@example.com", "+49 30 1234567", "CTO", null,
                null, CallbackMethod.TELEPHONE, false, false);
    }

    /** OV multi-domain (SectigoSSL OV MDC, 583) for three names of the golden CSR's domain. */
    public static OrderDetails ovMultiDomain(Dcv dcv) {
        return OrderDetails.builder().type(CertificateType.SSL).product(583).days(365).csr(GOLDEN_CSR)
                .serverSoftware(-1).domainNames(List.of("shop.example.com", "www.shop.example.com",
                        "api.shop.example.com")).primaryDomainName("shop.example.com").dcv(dcv)
                .organization(organization()).applicantRepresentative(representative())
                .customer(new Customer("ops@example.com", null, null)).build();
    }

    /** EV single-name (SectigoSSL EV, 337) of a private organization incorporated in Berlin. */
    public static OrderDetails ev() {
        Organization o = organization();
        Organization incorporated = new Organization(o.organizationName(), o.organizationalUnitName(),
                o.postOfficeBox(), o.streetAddress1(), o.streetAddress2(), o.streetAddress3(), o.localityName(),
                o.stateOrProvinceName(), o.postalCode(), o.countryName(), "Example Shop", "HRB 123456", "123456789",
                null, new Incorporation("Berlin", "Berlin", "DE", "2001-04-01", BusinessCategory.PRIVATE_ORGANIZATION));
        return OrderDetails.builder().type(CertificateType.SSL).product(337).days(365).csr(GOLDEN_CSR)
                .serverSoftware(-1).dcv(Dcv.of(DcvMethod.CNAME_CSR_HASH)).organization(incorporated)
                .applicantRepresentative(representative()).customer(new Customer("ops@example.com", null, null))
                .build();
    }

    /** An S/MIME order for one mailbox: 2411 (mailbox-validated) or 243 (organization-validated). */
    public static OrderDetails smime(int product) {
        Organization o = organization();
        Organization withIdentifier = new Organization(o.organizationName(), null, null, o.streetAddress1(), null,
                null, o.localityName(), o.stateOrProvinceName(), o.postalCode(), o.countryName(), null, null, null,
                "VATDE-123456789", null);
        return OrderDetails.builder().type(CertificateType.SMIME).product(product).days(365).csr(GOLDEN_CSR)
                .organization(product == 243 ? withIdentifier : null)
                .smime(new Smime(List.of("erika@example.com"), "erika@example.com", product == 243 ? true : null))
                .customer(new Customer("erika@example.com", "Erika Mustermann", "de")).build();
    }

    /** A DV order for the sandbox: single-domain product 488 with the given CSR and DCV. */
    public static OrderDetails dv(String csr, Dcv dcv) {
        return OrderDetails.builder().type(CertificateType.SSL).product(488).days(365).csr(csr).serverSoftware(-1)
                .dcv(dcv).customer(new Customer("ops@example.com", null, null)).build();
    }
}
