package io.certflow.gateway.sectigo;

import io.certflow.events.RevocationReason;
import io.certflow.gateway.ca.RevocationOutcome;
import io.certflow.gateway.ca.Revoked;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Revokes an order's certificate with {@code !AutoRevokeSSL} ({@code orderNumber},
 * {@code revocationReason}: the RFC 5280 reason's name and the requester's comment). -20 ("already
 * revoked") counts as done: it is what a repeated call answers after a first one whose answer was
 * lost, so a revocation is idempotent.
 */
@Singleton
class SectigoRevocations {

    static final String ENDPOINT = "!AutoRevokeSSL";
    static final int MAX_REASON_LENGTH = 256;
    private static final int ALREADY_REVOKED = -20;

    private final SectigoClient client;

    SectigoRevocations(SectigoClient client) {
        this.client = client;
    }

    RevocationOutcome revoke(UUID orderId, String orderNumber, RevocationReason reason, String comment) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("orderNumber", orderNumber);
        parameters.put("revocationReason", reasonText(reason, comment));
        parameters.put("responseFormat", "1");
        FormAnswer answer = FormAnswer.of(client.post(orderId, ENDPOINT, parameters));
        if (answer.failed()) {
            return answer.failure().setback();
        }
        try {
            int code = answer.errorCode(-14);
            return code >= 0 || code == ALREADY_REVOKED ? new Revoked() : answer.error(code).setback();
        } catch (UnreadableAnswerException e) {
            return SectigoError.transientFailure(e.getMessage()).setback();
        }
    }

    static String reasonText(RevocationReason reason, String comment) {
        String text = switch (reason) {
            case UNSPECIFIED -> "unspecified";
            case KEY_COMPROMISE -> "keyCompromise";
            case AFFILIATION_CHANGED -> "affiliationChanged";
            case SUPERSEDED -> "superseded";
            case CESSATION_OF_OPERATION -> "cessationOfOperation";
        };
        if (comment != null && !comment.isBlank()) {
            text = text + ": " + comment.strip();
        }
        return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH);
    }
}
