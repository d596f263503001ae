package io.certflow.notifier.recipient;

import io.certflow.events.CertificateType;
import io.certflow.events.OrderDetails;
import io.micronaut.core.annotation.Nullable;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names an order is for, as a customer would recognise them. A single-domain order names its
 * domain only in the CSR's subject, so the CN is read from there when no primary domain is given.
 * An S/MIME order has no domains: its names are its mailboxes.
 *
 * @param commonName the name the certificate is known by
 * @param all        every ordered name, the common name first, without repeats
 */
public record OrderedNames(String commonName, List<String> all) {

    private static final String UNNAMED = "your certificate";

    public static OrderedNames of(OrderDetails order) {
        if (order.type() == CertificateType.SMIME && order.smime() != null
                && !order.smime().emailAddresses().isEmpty()) {
            List<String> mailboxes = List.copyOf(new LinkedHashSet<>(order.smime().emailAddresses()));
            return new OrderedNames(mailboxes.get(0), mailboxes);
        }
        String common = firstOf(order.primaryDomainName(), commonNameOf(order.csr()),
                order.domainNames().isEmpty() ? null : order.domainNames().get(0));
        Set<String> names = new LinkedHashSet<>();
        if (common != null) {
            names.add(common);
        }
        names.addAll(order.domainNames());
        return new OrderedNames(common == null ? UNNAMED : common, List.copyOf(names));
    }

    /** The CSR's subject CN, or null when it has none or cannot be read (intake validated it already). */
    @Nullable
    static String commonNameOf(@Nullable String csrPem) {
        if (csrPem == null) {
            return null;
        }
        try (PemReader reader = new PemReader(new StringReader(csrPem))) {
            PemObject pem = reader.readPemObject();
            if (pem == null) {
                return null;
            }
            RDN[] cns = new PKCS10CertificationRequest(pem.getContent()).getSubject().getRDNs(BCStyle.CN);
            return cns.length == 0 ? null : IETFUtils.valueToString(cns[0].getFirst().getValue());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Nullable
    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
