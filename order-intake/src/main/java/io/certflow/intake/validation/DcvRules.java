package io.certflow.intake.validation;

import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.intake.csr.ParsedCsr;

import java.util.Locale;
import java.util.Set;

/**
 * Domain control validation: a method is required, and an email approver must be one Sectigo would
 * offer (its GetDCVEmailAddressList: five role mailboxes at the name or a parent domain of it).
 */
final class DcvRules {

    private static final Set<String> APPROVER_MAILBOXES =
            Set.of("admin", "administrator", "hostmaster", "postmaster", "webmaster");

    private DcvRules() {
    }

    static void check(Dcv dcv, ParsedCsr csr, Violations violations) {
        if (dcv == null || dcv.method() == null) {
            violations.add("dcv.method", "is required: one of EMAIL, HTTP_CSR_HASH, HTTPS_CSR_HASH, CNAME_CSR_HASH");
            return;
        }
        if (dcv.method() != DcvMethod.EMAIL) {
            if (dcv.emailAddress() != null) {
                violations.add("dcv.emailAddress", "is only allowed with dcv.method EMAIL");
            }
            return;
        }
        checkApprover(dcv.emailAddress(), csr.commonName(), violations);
    }

    private static void checkApprover(String address, String commonName, Violations violations) {
        String domain = Names.withoutWildcard(commonName);
        if (address == null) {
            violations.add("dcv.emailAddress", "is required with dcv.method EMAIL");
        } else if (!Names.isEmail(address)) {
            violations.add("dcv.emailAddress", "is not a valid email address");
        } else if (Names.isHostName(commonName, true) && !isApproverFor(address, domain)) {
            // (an invalid Common Name is reported on csr alone: no approver can match it)
            violations.add("dcv.emailAddress", "must be admin@, administrator@, hostmaster@, postmaster@ or "
                    + "webmaster@ at " + domain + " or a parent domain of it");
        }
    }

    private static boolean isApproverFor(String address, String domain) {
        String lowerAddress = address.toLowerCase(Locale.ROOT);
        String lowerDomain = domain.toLowerCase(Locale.ROOT);
        int at = lowerAddress.indexOf('@');
        String mailbox = lowerAddress.substring(0, at);
        String mailDomain = lowerAddress.substring(at + 1);
        boolean sameOrParent = lowerDomain.equals(mailDomain) || lowerDomain.endsWith("." + mailDomain);
        return APPROVER_MAILBOXES.contains(mailbox) && sameOrParent && mailDomain.contains(".");
    }
}
