package io.certflow.names;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.nio.charset.StandardCharsets;

/**
 * The one rule for an email address certflow accepts and sends to, the sender's own: Jakarta Mail's
 * strict parser ({@code new InternetAddress(address, true)} and {@code validate()}) finds exactly one
 * mailbox, with no display name, no group and nothing around it, in ASCII (the notifier sends without
 * SMTPUTF8), and its domain passes {@link HostNames}. Intake refuses what this refuses, so the notifier
 * never meets an address it cannot send to, splits into two, or reads as another one.
 */
public final class MailAddresses {

    /** RFC 5321's limits for a path and a local part. */
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART_LENGTH = 64;
    private static final String INVALID = "is not a valid email address: ";

    private MailAddresses() {
    }

    /** {@code address} checked; a refusal reads "is not a valid email address: …". */
    public static NameCheck check(String address) {
        String problem = problem(address);
        return problem == null ? NameCheck.accepted(address) : NameCheck.refused(INVALID + problem);
    }

    /** The one recipient {@code address} names, or an {@link AddressException} saying why it is refused. */
    public static InternetAddress recipient(String address) throws AddressException {
        NameCheck check = check(address);
        if (!check.isValid()) {
            throw new AddressException("The recipient " + check.problem());
        }
        return new InternetAddress(address, true);
    }

    private static String problem(String address) {
        if (address == null || address.isEmpty()) {
            return "it is empty";
        }
        if (address.length() > MAX_LENGTH) {
            return "it is longer than " + MAX_LENGTH + " characters";
        }
        String syntax = syntaxProblem(address);
        if (syntax != null) {
            return syntax;
        }
        int at = address.lastIndexOf('@');
        String localPart = address.substring(0, at);
        if (localPart.length() > MAX_LOCAL_PART_LENGTH) {
            return "the part before the @ is longer than " + MAX_LOCAL_PART_LENGTH + " characters";
        }
        if (!isAscii(localPart)) {
            return "the part before the @ is not ASCII, which mail sent without SMTPUTF8 cannot carry";
        }
        return domainProblem(address.substring(at + 1));
    }

    private static String syntaxProblem(String address) {
        try {
            InternetAddress[] all = InternetAddress.parse(address, true);
            if (all.length != 1) {
                return "it names " + all.length + " addresses; exactly one is required";
            }
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (parsed.isGroup()) {
                return "it is a group; one mailbox is required";
            }
            if (parsed.getPersonal() != null || !address.equals(parsed.getAddress())) {
                return "give the bare address (name@example.com), without a display name, brackets, comments or spaces";
            }
            return null;
        } catch (AddressException e) {
            return lowerFirst(e.getMessage());
        }
    }

    private static String domainProblem(String domain) {
        NameCheck host = HostNames.check(domain, false);
        if (!host.isValid()) {
            return "its domain " + domain + " " + host.problem();
        }
        if (!isAscii(domain)) {
            return "its domain must be given in A-labels (" + host.value() + "); mail is sent without SMTPUTF8";
        }
        return null;
    }

    private static boolean isAscii(String text) {
        return StandardCharsets.US_ASCII.newEncoder().canEncode(text);
    }

    private static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "it does not parse"
                : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
