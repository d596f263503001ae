package io.certflow.e2e.support;

import java.util.List;
import java.util.Map;

/** cert-store's query and download API, as one caller (a bearer token) uses it. */
public final class CertStore {

    private final String baseUrl;
    private final String token;

    CertStore(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** {@code GET /certificates?orderId=…}: the certificates stored for the order. */
    public List<Map<String, Object>> forOrder(String orderId) {
        Http.Reply reply = Http.get(baseUrl + "/certificates?orderId=" + orderId, Http.bearer(token));
        if (reply.status() != 200) {
            throw new IllegalStateException("GET /certificates?orderId=" + orderId + " answered " + reply.status());
        }
        return reply.list();
    }

    /** {@code GET /certificates/{id}}: one stored certificate, with its {@code status}. */
    public Map<String, Object> certificate(String certificateId) {
        Http.Reply reply = Http.get(baseUrl + "/certificates/" + certificateId, Http.bearer(token));
        if (reply.status() != 200) {
            throw new IllegalStateException("GET /certificates/" + certificateId + " answered " + reply.status());
        }
        return reply.map();
    }

    /** {@code GET /certificates/{id}/<format>} with format pem, chain or fullchain. */
    public String download(String certificateId, String format) {
        Http.Reply reply = Http.get(baseUrl + "/certificates/" + certificateId + "/" + format, Http.bearer(token));
        if (reply.status() != 200) {
            throw new IllegalStateException("GET /certificates/" + certificateId + "/" + format + " answered "
                    + reply.status());
        }
        return reply.body();
    }
}
