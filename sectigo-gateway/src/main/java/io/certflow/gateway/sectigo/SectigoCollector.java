package io.certflow.gateway.sectigo;

import io.certflow.events.CertificateStatus;
import io.certflow.gateway.ca.Collected;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Asks {@code download/CollectSSL} for an order's state and, once issued, its certificate:
 * {@code queryType=1} (certificate and chain), {@code responseType=3} (each certificate on its own:
 * the leaf in {@code certificate}, every CA certificate in a repeated {@code caCertificate}),
 * {@code responseEncoding=0} (PEM text). An {@code errorCode} ≥ 0 is the state; {@code certificateStatus}
 * words map to certflow's statuses, anything else (Awaiting …) means not yet.
 */
@Singleton
class SectigoCollector {

    static final String ENDPOINT = "download/CollectSSL";

    private final SectigoClient client;

    SectigoCollector(SectigoClient client) {
        this.client = client;
    }

    Collected collect(UUID orderId, String orderNumber) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("orderNumber", orderNumber);
        parameters.put("queryType", "1");
        parameters.put("responseType", "3");
        parameters.put("responseEncoding", "0");
        FormAnswer answer = FormAnswer.of(client.post(orderId, ENDPOINT, parameters));
        if (answer.failed()) {
            return Collected.failed(answer.failure().message());
        }
        try {
            return read(answer);
        } catch (UnreadableAnswerException e) {
            return Collected.failed(e.getMessage());
        }
    }

    private static Collected read(FormAnswer answer) {
        int code = answer.errorCode(-14);
        if (code < 0) {
            return Collected.failed(answer.error(code).message());
        }
        String state = answer.first("certificateStatus");
        CertificateStatus status = status(state);
        String certificate = answer.asSent("certificate");
        if (status == CertificateStatus.ISSUED && certificate == null) {
            throw new UnreadableAnswerException("issued without a certificate");
        }
        return new Collected(null, status, state + "/" + code, answer.first("certificateID"), certificate,
                answer.all("caCertificate").stream().filter(pem -> !pem.isBlank()).toList());
    }

    /** Sectigo's {@code certificateStatus} words; null while the order is still on its way. */
    static CertificateStatus status(String word) {
        String state = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        if (state.equals("valid") || state.startsWith("issued")) {
            return CertificateStatus.ISSUED;
        }
        if (state.startsWith("revoked")) {
            return CertificateStatus.REVOKED;
        }
        if (state.startsWith("replaced")) {
            return CertificateStatus.REPLACED;
        }
        if (state.startsWith("rejected")) {
            return CertificateStatus.REJECTED;
        }
        return state.contains("fail") ? CertificateStatus.FAILED : null;
    }
}
