package io.certflow.intake.validation;

import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.DomainDcv;
import io.certflow.events.OrderDetails;

import java.util.List;

/**
 * Per-name DCV of a multi-domain order, in {@code domainNames} order: either one approver per name
 * ({@code dcv.emailAddresses}, Sectigo's {@code dcvEmailAddresses}) or one method per name
 * ({@code dcv.domains}), never both. Without either, every name uses {@code dcv.method}, which then
 * cannot be EMAIL (there would be no approver).
 */
final class DomainDcvRules {

    private DomainDcvRules() {
    }

    static void check(OrderDetails order, Violations violations) {
        Dcv dcv = order.dcv();
        List<String> names = order.domainNames();
        violations.checkAbsent("dcv.emailAddress", dcv.emailAddress(),
                "is only for single-name products; use dcv.emailAddresses, one per domainNames entry");
        boolean perName = !dcv.emailAddresses().isEmpty();
        boolean perMethod = !dcv.domains().isEmpty();
        if (perName && perMethod) {
            violations.add("dcv", "takes emailAddresses or domains, not both");
        } else if (perName) {
            checkEmailAddresses(dcv, names, violations);
        } else if (perMethod) {
            checkDomains(dcv.domains(), names, violations);
        } else if (dcv.method() == DcvMethod.EMAIL) {
            violations.add("dcv.emailAddresses", "is required with dcv.method EMAIL on a multi-domain order: "
                    + "one approver per domainNames entry (or give dcv.domains)");
        }
    }

    private static void checkEmailAddresses(Dcv dcv, List<String> names, Violations violations) {
        if (dcv.method() != DcvMethod.EMAIL) {
            violations.add("dcv.emailAddresses", "is only allowed with dcv.method EMAIL; use dcv.domains to mix methods");
            return;
        }
        List<String> addresses = dcv.emailAddresses();
        if (addresses.size() != names.size()) {
            violations.add("dcv.emailAddresses", "has " + addresses.size() + " entries; exactly one per domainNames "
                    + "entry (" + names.size() + ") is required, in the same order");
            return;
        }
        for (int i = 0; i < addresses.size(); i++) {
            Approvers.check("dcv.emailAddresses[" + i + "]", addresses.get(i), names.get(i), violations);
        }
    }

    private static void checkDomains(List<DomainDcv> domains, List<String> names, Violations violations) {
        if (domains.size() != names.size()) {
            violations.add("dcv.domains", "has " + domains.size() + " entries; exactly one per domainNames entry ("
                    + names.size() + ") is required, in the same order");
            return;
        }
        for (int i = 0; i < domains.size(); i++) {
            checkDomain("dcv.domains[" + i + "]", domains.get(i), names.get(i), violations);
        }
    }

    private static void checkDomain(String path, DomainDcv entry, String name, Violations violations) {
        if (entry == null) {
            violations.add(path, "is required");
            return;
        }
        if (entry.domain() == null || !entry.domain().equalsIgnoreCase(name)) {
            violations.add(path + ".domain", "must be " + name + ", the domainNames entry at the same position");
        }
        if (entry.method() == null) {
            violations.add(path + ".method", "is required: one of EMAIL, HTTP_CSR_HASH, HTTPS_CSR_HASH, CNAME_CSR_HASH");
        } else if (entry.method() == DcvMethod.EMAIL) {
            Approvers.check(path + ".emailAddress", entry.emailAddress(), name, violations);
        } else {
            violations.checkAbsent(path + ".emailAddress", entry.emailAddress(), "is only allowed with method EMAIL");
        }
    }
}
