package io.certflow.gateway.dcv;

import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.DomainDcv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How each name of an order is validated: its entry of {@link Dcv#domains()} (matched by name, else by
 * position), or else the order's {@link Dcv#method()} with, for e-mail, the approver at the same
 * position of {@link Dcv#emailAddresses()} or the single {@link Dcv#emailAddress()}.
 */
public final class DcvPlan {

    private DcvPlan() {
    }

    public static List<DomainDcv> of(Dcv dcv, List<String> domains) {
        List<DomainDcv> plan = new ArrayList<>();
        for (int i = 0; i < domains.size(); i++) {
            String domain = domains.get(i);
            int index = i;
            plan.add(own(dcv, domain, index).orElseGet(() -> byOrderMethod(dcv, domain, index)));
        }
        return plan;
    }

    /** The name's own entry: the one naming it, or an unnamed entry at its position. */
    private static Optional<DomainDcv> own(Dcv dcv, String domain, int index) {
        Optional<DomainDcv> entry = dcv.domains().stream()
                .filter(d -> d.domain() != null && d.domain().equalsIgnoreCase(domain)).findFirst();
        if (entry.isEmpty() && index < dcv.domains().size() && dcv.domains().get(index).domain() == null) {
            entry = Optional.of(dcv.domains().get(index));
        }
        return entry.map(d -> withDefaults(d, domain, dcv, index));
    }

    private static DomainDcv withDefaults(DomainDcv own, String domain, Dcv dcv, int index) {
        DcvMethod method = own.method() != null ? own.method() : dcv.method();
        String email = own.emailAddress() != null ? own.emailAddress() : orderApprover(dcv, index);
        return new DomainDcv(domain, method, method == DcvMethod.EMAIL ? email : null);
    }

    private static DomainDcv byOrderMethod(Dcv dcv, String domain, int index) {
        return new DomainDcv(domain, dcv.method(), dcv.method() == DcvMethod.EMAIL ? orderApprover(dcv, index) : null);
    }

    private static String orderApprover(Dcv dcv, int index) {
        return index < dcv.emailAddresses().size() ? dcv.emailAddresses().get(index) : dcv.emailAddress();
    }
}
