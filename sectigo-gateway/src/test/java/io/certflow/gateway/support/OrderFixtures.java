package io.certflow.gateway.support;

import io.certflow.events.CertificateType;
import io.certflow.events.Customer;
import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.OrderDetails;
import io.certflow.events.Organization;

import java.util.List;

/** Orders for tests: the golden example of {@code order.requested} and variations of it. */
public final class OrderFixtures {

    /** The CSR of the golden files (CN shop.example.com, EC P-256). */
    public static final String GOLDEN_CSR = """
            -----BEGIN CERTIFICATE REQUEST-----
            MIIBGjCBwQIBADAbMRkwFwYDVQQDDBBzaG9wLmV4YW1wbGUuY29tMFkwEwYHKoZI
            zj0CAQYIKoZIzj0DAQcDQgAE03KJjbL1IVhoER34chpJJrGqr6TPj6h86YbahRSk
            psQE1sGJv3xUMJa2NvbgzGe3fnedw+oFY5LqFNl3B+LObaBEMEIGCSqGSIb3DQEJ
            DjE1MDMwMQYDVR0RBCowKIIQc2hvcC5leGFtcGxlLmNvbYIUd3d3LnNob3AuZXhh
            bXBsZS5jb20wCgYIKoZIzj0EAwIDSAAwRQIgfqDOa39uun2CDQV4/5FwPLBj4hnx
            2VcOgJvmabO8tMMCIQClqfk5Mc7fwpSSdicmEeqRmlWGEkO0JxkAqfh9qOXfgw==
            -----END CERTIFICATE REQUEST-----
            """;
    /** MD5 and SHA-256 of its DER, computed with {@code openssl req -outform DER | openssl dgst}. */
    public static final String GOLDEN_CSR_MD5 = "CF244B68CD9A24EF974FB2472D032938";
    public static final String GOLDEN_CSR_SHA256 = "5EEB57373008811236AEF3F5607EDBA48FC403FBF1DDB6D75944020836E1CE94";

    private OrderFixtures() {
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

    /** A DV order for the sandbox: single-domain product 488 with the given CSR and DCV. */
    public static OrderDetails dv(String csr, Dcv dcv) {
        return OrderDetails.builder().type(CertificateType.SSL).product(488).days(365).csr(csr).serverSoftware(-1)
                .dcv(dcv).customer(new Customer("ops@example.com", null, null)).build();
    }
}
