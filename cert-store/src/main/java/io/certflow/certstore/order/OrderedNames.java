package io.certflow.certstore.order;

import io.certflow.events.CertificateType;
import io.certflow.events.OrderDetails;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names a certificate must cover, once each, case-insensitively. S/MIME: the ordered mailboxes
 * ({@code smime.emailAddresses}). SSL multi-domain: {@code primaryDomainName} and every
 * {@code domainNames} entry, which is the whole list Sectigo issues for (the CSR's CN is not added
 * to it); otherwise the CSR's CN.
 */
final class OrderedNames {

    private OrderedNames() {
    }

    static List<String> of(Optional<String> commonName, OrderDetails order) {
        Map<String, String> names = new LinkedHashMap<>();
        if (order.type() == CertificateType.SMIME) {
            if (order.smime() != null) {
                order.smime().emailAddresses().forEach(address -> add(names, address));
            }
        } else if (!order.domainNames().isEmpty()) {
            if (order.primaryDomainName() != null) {
                add(names, order.primaryDomainName());
            }
            order.domainNames().forEach(name -> add(names, name));
        } else {
            commonName.ifPresent(cn -> add(names, cn));
        }
        return List.copyOf(names.values());
    }

    private static void add(Map<String, String> names, String name) {
        String trimmed = name.trim();
        if (!trimmed.isEmpty()) {
            names.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
        }
    }
}
