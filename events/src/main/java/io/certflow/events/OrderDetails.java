package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What is ordered: the same shape on {@code order.submissions} and {@code order.requested}, and the
 * body of {@code POST /orders}. Field names are Sectigo's parameter names where one exists. OV, EV
 * and S/MIME fields are optional; build instances with {@link #builder()} so that an addition does
 * not break callers of the canonical constructor.
 *
 * @param type              SSL or S/MIME
 * @param product           Sectigo product code (e.g. 287 PositiveSSL, 24 EV SSL, 2411 S/MIME)
 * @param days              validity period in days as Sectigo counts it ({@code days})
 * @param csr               PKCS#10 certificate signing request, PEM
 * @param serverSoftware    Sectigo's {@code serverSoftware} code; optional (SSL only)
 * @param domainNames       every name of a multi-domain order, {@code primaryDomainName} among them, in
 *                          Sectigo's order ({@code domainNames}); empty for a single-name order
 * @param primaryDomainName the name that becomes the CN of a multi-domain order; optional
 * @param dcv               how domain control is validated; required for SSL, absent for S/MIME
 * @param organization      subject organization for OV/EV; optional
 * @param customer          who is notified about the order
 * @param applicantRepresentative OV/EV: who confirms the order for the organization; CodeGuard: the
 *                          account email; optional
 * @param bundle            products ordered with the certificate (TrustLogo, CodeGuard, HackerGuardian); optional
 * @param smime             S/MIME: the mailboxes the certificate names; absent for SSL
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderDetails(
        CertificateType type,
        Integer product,
        Integer days,
        String csr,
        Integer serverSoftware,
        List<String> domainNames,
        String primaryDomainName,
        Dcv dcv,
        Organization organization,
        Customer customer,
        ApplicantRepresentative applicantRepresentative,
        Bundle bundle,
        Smime smime) {

    public OrderDetails {
        domainNames = Checks.copyOrEmpty(domainNames);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this order's values, e.g. to order the same again with a new CSR. */
    public Builder toBuilder() {
        return builder().type(type).product(product).days(days).csr(csr).serverSoftware(serverSoftware)
                .domainNames(domainNames).primaryDomainName(primaryDomainName).dcv(dcv).organization(organization)
                .customer(customer).applicantRepresentative(applicantRepresentative).bundle(bundle).smime(smime);
    }

    /** Builds {@link OrderDetails}; fields not set stay absent. */
    public static final class Builder {
        private CertificateType type;
        private Integer product;
        private Integer days;
        private String csr;
        private Integer serverSoftware;
        private List<String> domainNames = List.of();
        private String primaryDomainName;
        private Dcv dcv;
        private Organization organization;
        private Customer customer;
        private ApplicantRepresentative applicantRepresentative;
        private Bundle bundle;
        private Smime smime;

        private Builder() {
        }

        public Builder type(CertificateType type) {
            this.type = type;
            return this;
        }

        public Builder product(Integer product) {
            this.product = product;
            return this;
        }

        public Builder days(Integer days) {
            this.days = days;
            return this;
        }

        public Builder csr(String csr) {
            this.csr = csr;
            return this;
        }

        public Builder serverSoftware(Integer serverSoftware) {
            this.serverSoftware = serverSoftware;
            return this;
        }

        public Builder domainNames(List<String> domainNames) {
            this.domainNames = domainNames;
            return this;
        }

        public Builder primaryDomainName(String primaryDomainName) {
            this.primaryDomainName = primaryDomainName;
            return this;
        }

        public Builder dcv(Dcv dcv) {
            this.dcv = dcv;
            return this;
        }

        public Builder organization(Organization organization) {
            this.organization = organization;
            return this;
        }

        public Builder customer(Customer customer) {
            this.customer = customer;
            return this;
        }

        public Builder applicantRepresentative(ApplicantRepresentative applicantRepresentative) {
            this.applicantRepresentative = applicantRepresentative;
            return this;
        }

        public Builder bundle(Bundle bundle) {
            this.bundle = bundle;
            return this;
        }

        public Builder smime(Smime smime) {
            this.smime = smime;
            return this;
        }

        public OrderDetails build() {
            return new OrderDetails(type, product, days, csr, serverSoftware, domainNames, primaryDomainName,
                    dcv, organization, customer, applicantRepresentative, bundle, smime);
        }
    }
}
