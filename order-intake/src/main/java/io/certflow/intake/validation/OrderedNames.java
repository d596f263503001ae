package io.certflow.intake.validation;

import io.certflow.events.CertificateType;
import io.certflow.events.OrderDetails;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule for the names an order is for (docs/events.md, "Ordered names"), as Sectigo combines
 * them: S/MIME its mailboxes; SSL with {@code domainNames} the primary domain, then those names (the
 * CSR's names are then ignored by Sectigo); otherwise the CSR's CN. Host names in A-labels (intake
 * has converted {@code domainNames}; the CN is converted here), trimmed, lower-case, once each.
 */
final class OrderedNames {

    private OrderedNames() {
    }

    static List<String> of(OrderDetails order, @Nullable String commonName) {
        List<String> candidates = new ArrayList<>();
        if (order.type() == CertificateType.SMIME) {
            if (order.smime() != null) {
                candidates.addAll(order.smime().emailAddresses());
            }
        } else if (!order.domainNames().isEmpty()) {
            candidates.add(order.primaryDomainName());
            candidates.addAll(order.domainNames());
        } else {
            candidates.add(commonName == null ? null : Names.ascii(commonName));
        }
        Set<String> names = new LinkedHashSet<>();
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                names.add(candidate.trim().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(names);
    }
}
