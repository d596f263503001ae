package io.certflow.sandbox.handler;

import io.certflow.sandbox.order.OrderView;
import io.certflow.sandbox.protocol.Params;
import io.certflow.sandbox.validation.DcvRules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** WebHostReport's filters; an absent filter matches everything. */
record ReportFilter(Long notBefore, Long notAfter, Set<String> orderNumbers, String foreignOrderNumber,
                    Pattern fqdn, Pattern organization) {

    static ReportFilter of(Params params) {
        return new ReportFilter(unixTime(params, "notBefore"), unixTime(params, "notAfter"),
                params.text("orderNumber").map(v -> Set.copyOf(DcvRules.split(v))).orElse(null),
                params.text("foreignOrderNumber").orElse(null),
                params.text("fqdn").map(ReportFilter::like).orElse(null),
                params.text("organizationName").map(ReportFilter::like).orElse(null));
    }

    private static Long unixTime(Params params, String name) {
        return params.text(name).map(v -> {
            if (!v.matches("[0-9]{1,12}")) {
                throw io.certflow.sandbox.protocol.Errors.invalid(name);
            }
            return Long.parseLong(v);
        }).orElse(null);
    }

    boolean matches(OrderView order) {
        long placed = order.placedAt().getEpochSecond();
        return (notBefore == null || placed >= notBefore) && (notAfter == null || placed <= notAfter)
                && (orderNumbers == null || orderNumbers.contains(order.orderNumber()))
                && (foreignOrderNumber == null || foreignOrderNumber.equals(order.foreignOrderNumber()))
                && (fqdn == null || anyMatches(fqdn, order))
                && (organization == null || (order.organizationName() != null
                && organization.matcher(order.organizationName()).matches()));
    }

    private static boolean anyMatches(Pattern pattern, OrderView order) {
        List<String> names = new java.util.ArrayList<>(order.dnsNames());
        names.addAll(order.ipAddresses());
        names.addAll(order.emails());
        return names.stream().anyMatch(n -> pattern.matcher(n).matches());
    }

    /** SQL LIKE: {@code _} one character, {@code %} any run of characters, case-insensitive. */
    private static Pattern like(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(switch (c) {
                case '_' -> ".";
                case '%' -> ".*";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
