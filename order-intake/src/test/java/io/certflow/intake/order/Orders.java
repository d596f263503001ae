package io.certflow.intake.order;

import io.certflow.events.ApplicantRepresentative;
import io.certflow.events.BusinessCategory;
import io.certflow.events.CallbackMethod;
import io.certflow.events.CertificateType;
import io.certflow.events.Customer;
import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.Incorporation;
import io.certflow.events.OrderDetails;
import io.certflow.events.Organization;
import io.certflow.events.Smime;
import io.certflow.intake.csr.Csrs;

import java.util.List;

/** Orders as customers send them, one valid order per product family, to be varied per test. */
public final class Orders {

    public static final String DOMAIN = "shop.example.com";
    public static final List<String> NAMES = List.of(DOMAIN, "www.shop.example.com", "api.example.com");

    private Orders() {
    }

    /** SectigoSSL DV (488), single name, email DCV. */
    public static OrderDetails.Builder dv() {
        return OrderDetails.builder()
                .type(CertificateType.SSL)
                .product(488)
                .days(365)
                .serverSoftware(-1)
                .csr(Csrs.rsa(DOMAIN))
                .dcv(Dcv.email("admin@example.com"))
                .customer(new Customer("ada@example.com", "Ada Lovelace", "en"));
    }

    /** SectigoSSL OV (316), single name. */
    public static OrderDetails.Builder ov() {
        return dv().product(316).organization(organization()).applicantRepresentative(representative());
    }

    /** SectigoSSL OV Multi Domain (583): three names, one approver each. */
    public static OrderDetails.Builder ovMultiDomain() {
        return ov().product(583).domainNames(NAMES).primaryDomainName(DOMAIN)
                .dcv(new Dcv(DcvMethod.EMAIL, null, List.of("admin@shop.example.com", "webmaster@shop.example.com",
                        "hostmaster@example.com")));
    }

    /** SectigoSSL EV (337), single name. */
    public static OrderDetails.Builder ev() {
        return ov().product(337).organization(evOrganization());
    }

    /** S/MIME Mailbox-Validated, one year (2411): a CSR without Common Name, one mailbox. */
    public static OrderDetails.Builder smime() {
        return OrderDetails.builder()
                .type(CertificateType.SMIME)
                .product(2411)
                .days(365)
                .csr(Csrs.withoutCommonName())
                .smime(new Smime(List.of("ada@example.com"), "ada@example.com", null))
                .customer(new Customer("ada@example.com", "Ada Lovelace", "en"));
    }

    /** S/MIME Organization-Validated, one year (243). */
    public static OrderDetails.Builder smimeOv() {
        return smime().product(243).organization(new Organization("Example Shop GmbH", null, null, null, null, null,
                "Berlin", null, null, "DE", null, null, null, "VATDE-123456789", null));
    }

    public static Organization organization() {
        return new Organization("Example Shop GmbH", "IT", null, "Hauptstrasse 1", null, null, "Berlin", "Berlin",
                "10115", "DE");
    }

    public static Organization evOrganization() {
        return new Organization("Example Shop GmbH", "IT", null, "Hauptstrasse 1", null, null, "Berlin", "Berlin",
                "10115", "DE", "Example Shop", "HRB 123456", "123456789", null,
                new Incorporation("Berlin", null, "DE", "2011-04-01", BusinessCategory.PRIVATE_ORGANIZATION));
    }

    public static ApplicantRepresentative representative() {
        return new ApplicantRepresentative("Erika", "Mustermann", "erika@example.com", "+49 30 1234567", "Head of IT",
                null, null, CallbackMethod.TELEPHONE, false, false);
    }
}
