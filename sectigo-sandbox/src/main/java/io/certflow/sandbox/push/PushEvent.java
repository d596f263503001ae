package io.certflow.sandbox.push;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One notification as section 6 of the v2.0 text defines it. {@code eventType} is only set for
 * S/MIME orders (see README); {@code certificate} and {@code caCertificate} only travel in POSTs.
 */
public record PushEvent(String orderNumber, long certificateId, String status, int statusCode, String statusDesc,
                        String verificationCode, String eventType, String certificate, String caCertificate) {

    public Map<String, String> parameters(boolean withCertificate) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("orderNumber", orderNumber);
        parameters.put("certificateID", String.valueOf(certificateId));
        parameters.put("status", status);
        parameters.put("statusCode", String.valueOf(statusCode));
        parameters.put("statusDesc", statusDesc);
        putIfSet(parameters, "verificationCode", verificationCode);
        putIfSet(parameters, "eventType", eventType);
        if (withCertificate) {
            putIfSet(parameters, "certificate", certificate);
            putIfSet(parameters, "caCertificate", caCertificate);
        }
        return parameters;
    }

    private static void putIfSet(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
