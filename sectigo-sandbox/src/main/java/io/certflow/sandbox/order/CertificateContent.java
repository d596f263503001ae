package io.certflow.sandbox.order;

import io.certflow.sandbox.ca.LeafSpec;
import io.certflow.sandbox.csr.ParsedCsr;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;

import java.util.ArrayList;
import java.util.List;

/** What the certificate of an order will contain, fixed when the order is placed. */
public record CertificateContent(X500Name subject, List<String> dnsNames, List<String> ipAddresses,
                                 List<String> emails, ParsedCsr csr, int days, LeafSpec.Usage usage,
                                 String policy) {

    public LeafSpec toLeafSpec() {
        List<GeneralName> names = new ArrayList<>();
        dnsNames.forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
        ipAddresses.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, ip)));
        emails.forEach(email -> names.add(new GeneralName(GeneralName.rfc822Name, email)));
        return new LeafSpec(subject, names, csr.publicKey(), csr.rsa(), days, usage, policy);
    }

    public CertificateContent withCsr(ParsedCsr newCsr) {
        return new CertificateContent(subject, dnsNames, ipAddresses, emails, newCsr, days, usage, policy);
    }

    /** The first DNS name or address, else the first email: what reports show as the FQDN. */
    public String primaryName() {
        if (!dnsNames.isEmpty()) {
            return dnsNames.get(0);
        }
        if (!ipAddresses.isEmpty()) {
            return ipAddresses.get(0);
        }
        return emails.isEmpty() ? "" : emails.get(0);
    }
}
