package io.certflow.events;

/**
 * Every topic of the certflow contract. Names follow {@code certflow.<entity>.<event>.v<major>};
 * each topic carries exactly one event record type, so consumers never dispatch on a type string.
 * A record that still fails after retries goes to the same name with {@link #DEAD_LETTER_SUFFIX}.
 */
public final class Topics {

    public static final String ORDER_SUBMISSIONS = "certflow.order.submissions.v1";
    public static final String ORDER_REJECTED = "certflow.order.rejected.v1";
    public static final String ORDER_REQUESTED = "certflow.order.requested.v1";
    public static final String ORDER_PLACED = "certflow.order.placed.v1";
    public static final String ORDER_FAILED = "certflow.order.failed.v1";
    public static final String ORDER_REVOCATION_REQUESTED = "certflow.order.revocation-requested.v1";
    public static final String ORDER_REVOCATION_FAILED = "certflow.order.revocation-failed.v1";
    public static final String CERTIFICATE_STATUS_CHANGED = "certflow.certificate.status-changed.v2";
    public static final String CERTIFICATE_ISSUED = "certflow.certificate.issued.v2";
    public static final String CERTIFICATE_STORED = "certflow.certificate.stored.v1";
    public static final String CERTIFICATE_QUARANTINED = "certflow.certificate.quarantined.v1";
    public static final String CERTIFICATE_REVOKED = "certflow.certificate.revoked.v1";
    public static final String CERTIFICATE_EXPIRING = "certflow.certificate.expiring.v1";

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
