package io.certflow.intake.validation;

import io.certflow.events.Dcv;
import io.certflow.events.DomainDcv;
import io.certflow.events.OrderDetails;

import java.util.List;

/**
 * The order with every host name it lists in A-labels ({@code domainNames}, {@code primaryDomainName},
 * {@code dcv.domains[].domain}): what the rules check, and what is stored and sent to Sectigo. A name
 * that does not convert stays as given, and the rule for its field refuses it.
 */
final class AsciiNames {

    private AsciiNames() {
    }

    static OrderDetails of(OrderDetails order) {
        OrderDetails.Builder ascii = order.toBuilder()
                .domainNames(order.domainNames().stream().map(AsciiNames::ascii).toList())
                .primaryDomainName(ascii(order.primaryDomainName()));
        Dcv dcv = order.dcv();
        if (dcv != null && !dcv.domains().isEmpty()) {
            ascii.dcv(new Dcv(dcv.method(), dcv.emailAddress(), dcv.emailAddresses(), domains(dcv.domains())));
        }
        return ascii.build();
    }

    private static List<DomainDcv> domains(List<DomainDcv> domains) {
        return domains.stream()
                .map(entry -> new DomainDcv(ascii(entry.domain()), entry.method(), entry.emailAddress()))
                .toList();
    }

    private static String ascii(String name) {
        return name == null ? null : Names.ascii(name);
    }
}
