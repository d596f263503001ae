package io.certflow.intake.validation;

import io.certflow.names.HostNames;
import io.certflow.names.MailAddresses;
import io.certflow.names.NameCheck;

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
            return;
        }
        NameCheck email = MailAddresses.check(address);
        NameCheck host = HostNames.check(name, true);
        if (!email.isValid()) {
            violations.add(field, email.problem());
        } else if (host.isValid() && !isApproverFor(address, Names.withoutWildcard(host.value()))) {
            // (an invalid name is reported on the name alone: no approver can match it)
            violations.add(field, "must be admin@, administrator@, hostmaster@, postmaster@ or webmaster@ at "
                    + Names.withoutWildcard(host.value()) + " or a parent domain of it");
        }
    }

    private static boolean isApproverFor(String address, String domain) {
        String lowerAddress = address.toLowerCase(Locale.ROOT);
        String lowerDomain = domain.toLowerCase(Locale.ROOT);
        int at = lowerAddress.lastIndexOf('@');
        String mailbox = lowerAddress.substring(0, at);
        String mailDomain = lowerAddress.substring(at + 1);
        boolean sameOrParent = lowerDomain.equals(mailDomain) || lowerDomain.endsWith("." + mailDomain);
        return MAILBOXES.contains(mailbox) && sameOrParent && mailDomain.contains(".");
    }
}
