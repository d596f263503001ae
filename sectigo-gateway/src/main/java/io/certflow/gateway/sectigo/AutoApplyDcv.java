package io.certflow.gateway.sectigo;

import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.DomainDcv;
import io.certflow.events.OrderDetails;
import io.certflow.gateway.dcv.DcvPlan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Domain control validation in {@code !AutoApplyOrder}'s terms. A single-name order sends
 * {@code dcvMethod} (and {@code dcvEmailAddress}). A multi-domain order sends {@code dcvEmailAddresses}
 * with one entry per {@code domainNames} entry, in that order: the approver address, or the name's
 * token ({@code HTTPCSRHASH}, {@code HTTPSCSRHASH}, {@code CNAMECSRHASH}); when every name uses the same
 * non-e-mail method, the magic token alone ({@code ALLCNAMECSRHASH} …). {@code dcvMethod} goes along
 * when all names share one method.
 */
final class AutoApplyDcv {

    private AutoApplyDcv() {
    }

    static void put(Map<String, String> p, OrderDetails order) {
        Dcv dcv = order.dcv();
        if (dcv == null) {
            return;
        }
        if (order.domainNames().isEmpty()) {
            putSingle(p, dcv);
            return;
        }
        List<DomainDcv> plan = DcvPlan.of(dcv, order.domainNames());
        Set<DcvMethod> methods = plan.stream().map(d -> required(d.method(), "dcv.method"))
                .collect(Collectors.toSet());
        if (methods.size() == 1) {
            p.put("dcvMethod", methods.iterator().next().name());
        }
        if (methods.equals(Set.of(DcvMethod.EMAIL)) && dcv.emailAddresses().isEmpty() && dcv.domains().isEmpty()) {
            FormParameters.put(p, "dcvEmailAddress", dcv.emailAddress());
        } else if (methods.size() == 1 && !methods.contains(DcvMethod.EMAIL)) {
            p.put("dcvEmailAddresses", "ALL" + token(methods.iterator().next()));
        } else {
            p.put("dcvEmailAddresses", plan.stream().map(AutoApplyDcv::entry).collect(Collectors.joining(",")));
        }
    }

    private static void putSingle(Map<String, String> p, Dcv dcv) {
        DcvMethod method = required(dcv.method(), "dcv.method");
        p.put("dcvMethod", method.name());
        if (method == DcvMethod.EMAIL) {
            String approver = dcv.emailAddress() != null ? dcv.emailAddress()
                    : dcv.emailAddresses().stream().findFirst().orElse(null);
            FormParameters.put(p, "dcvEmailAddress", approver);
        }
    }

    private static String entry(DomainDcv domain) {
        if (domain.method() != DcvMethod.EMAIL) {
            return token(domain.method());
        }
        if (domain.emailAddress() == null || domain.emailAddress().isBlank()) {
            throw new InvalidOrderException("dcv.domains", domain.domain() + " is validated by e-mail but has no "
                    + "approver address");
        }
        return domain.emailAddress();
    }

    /** Sectigo's per-name token of a method (the method's name without underscores). */
    static String token(DcvMethod method) {
        return switch (method) {
            case HTTP_CSR_HASH -> "HTTPCSRHASH";
            case HTTPS_CSR_HASH -> "HTTPSCSRHASH";
            case CNAME_CSR_HASH -> "CNAMECSRHASH";
            case EMAIL -> throw new IllegalArgumentException("e-mail validation has no token");
        };
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidOrderException(field, "no DCV method is given");
        }
        return value;
    }
}
