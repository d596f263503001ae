package io.certflow.sandbox.csr;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** The names a CSR asks for in its extensionRequest attribute. */
record Extensions(List<String> dnsNames, List<String> ipAddresses) {

    static Extensions of(PKCS10CertificationRequest request) {
        List<String> dns = new ArrayList<>();
        List<String> ips = new ArrayList<>();
        for (Attribute attribute : request.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)) {
            if (attribute.getAttrValues().size() == 0) {
                continue;
            }
            org.bouncycastle.asn1.x509.Extensions extensions =
                    org.bouncycastle.asn1.x509.Extensions.getInstance(attribute.getAttrValues().getObjectAt(0));
            GeneralNames names = GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName);
            if (names != null) {
                collect(names, dns, ips);
            }
        }
        return new Extensions(List.copyOf(dns), List.copyOf(ips));
    }

    private static void collect(GeneralNames names, List<String> dns, List<String> ips) {
        for (GeneralName name : names.getNames()) {
            if (name.getTagNo() == GeneralName.dNSName) {
                dns.add(DERIA5String.getInstance(name.getName()).getString().toLowerCase());
            } else if (name.getTagNo() == GeneralName.iPAddress) {
                ips.add(ip(ASN1OctetString.getInstance(name.getName()).getOctets()));
            }
        }
    }

    private static String ip(byte[] octets) {
        try {
            return InetAddress.getByAddress(octets).getHostAddress();
        } catch (UnknownHostException e) {
            return "";
        }
    }
}
