package io.certflow.certstore.order;

import io.certflow.events.OrderDetails;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names a certificate must cover: the CSR's CN, the primary domain (the CN of a multi-domain
 * order) and every additional name, once each, case-insensitively.
 */
final class OrderedNames {

    private OrderedNames() {
    }

    static List<String> of(Optional<String> commonName, OrderDetails order) {
        Map<String, String> names = new LinkedHashMap<>();
        commonName.ifPresent(cn -> add(names, cn));
        if (order.primaryDomainName() != null) {
            add(names, order.primaryDomainName());
        }
        order.domainNames().forEach(name -> add(names, name));
        return List.copyOf(names.values());
    }

    private static void add(Map<String, String> names, String name) {
        String trimmed = name.trim();
        if (!trimmed.isEmpty()) {
            names.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
        }
    }
}
