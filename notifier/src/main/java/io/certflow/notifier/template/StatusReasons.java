package io.certflow.notifier.template;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Pattern;

/**
 * Reads Sectigo's status description ({@code statusDesc}, e.g. "PRE-SIGN FAILED: CAA: Not authorized to
 * issue" or "Rejected: reason") for what a customer needs: the reason, without the status words
 * that only repeat what the email already says, and whether a DNS CAA record is to blame.
 */
final class StatusReasons {

    private static final Pattern STATUS_WORDS = Pattern.compile(
            "^\\s*(PRE-SIGN FAILED|POST-SIGN FAILED|Rejected|Revoked)\\s*:?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAA = Pattern.compile("\\bCAA\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern POST_SIGN = Pattern.compile("POST-SIGN", Pattern.CASE_INSENSITIVE);

    private StatusReasons() {
    }

    /** The reason Sectigo gave, or empty when the description names no more than the status. */
    static String reason(@Nullable String description) {
        if (description == null) {
            return "";
        }
        return STATUS_WORDS.matcher(description).replaceFirst("").trim();
    }

    static boolean blamesCaa(@Nullable String description) {
        return description != null && CAA.matcher(description).find();
    }

    static boolean afterSigning(@Nullable String description) {
        return description != null && POST_SIGN.matcher(description).find();
    }
}
