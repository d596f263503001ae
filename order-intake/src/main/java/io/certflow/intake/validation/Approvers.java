package io.certflow.intake.validation;

import java.util.Locale;
import java.util.Set;

/**
 * The approver addresses Sectigo offers for email DCV (its GetDCVEmailAddressList): five role
 * mailboxes at the name, or at a parent domain of it.
 */
final class Approvers {

    private static final Set<String> MAILBOXES = Set.of("admin", "administrator", "hostmaster", "postmaster",
            "webmaster");

    private Approvers() {
    }

    /** Reports a missing, malformed or unacceptable approver of {@code name} on {@code field}. */
    static void check(String field, String address, String name, Violations violations) {
        if (address == null) {
            violations.add(field, "is required with dcv method EMAIL");
        } else if (!Names.isEmail(address)) {
            violations.add(field, "is not a valid email address");
        } else if (Names.isHostName(name, true) && !isApproverFor(address, Names.withoutWildcard(name))) {
            // (an invalid name is reported on the name alone: no approver can match it)
            violations.add(field, "must be admin@, administrator@, hostmaster@, postmaster@ or webmaster@ at "
                    + Names.withoutWildcard(name) + " or a parent domain of it");
        }
    }

    private static boolean isApproverFor(String address, String domain) {
        String lowerAddress = address.toLowerCase(Locale.ROOT);
        String lowerDomain = domain.toLowerCase(Locale.ROOT);
        int at = lowerAddress.indexOf('@');
        String mailbox = lowerAddress.substring(0, at);
        String mailDomain = lowerAddress.substring(at + 1);
        boolean sameOrParent = lowerDomain.equals(mailDomain) || lowerDomain.endsWith("." + mailDomain);
        return MAILBOXES.contains(mailbox) && sameOrParent && mailDomain.contains(".");
    }
}
