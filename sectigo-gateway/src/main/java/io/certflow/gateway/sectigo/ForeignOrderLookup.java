package io.certflow.gateway.sectigo;

import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Finds the order Sectigo already has for one of ours, by {@code foreignOrderNumber}, through
 * {@code !WebHostReport} (indexed answer keys {@code 1_orderNumber}, {@code 1_1_certificateID}, ...).
 * Used when Sectigo says a previous attempt got through, so that attempt's order is adopted instead
 * of a second one being bought.
 */
@Singleton
public class ForeignOrderLookup {

    static final String ENDPOINT = "!WebHostReport";

    private final SectigoClient client;

    public ForeignOrderLookup(SectigoClient client) {
        this.client = client;
    }

    public PlacementAnswer find(UUID orderId, SectigoError cause) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("foreignOrderNumber", orderId.toString());
        parameters.put("responseFormat", "1");
        CallResult call = client.post(orderId, ENDPOINT, parameters);
        if (!call.answered()) {
            return PlacementAnswer.failed(SectigoError.transientFailure("order lookup failed: "
                    + (call.transportError() != null ? call.transportError() : "HTTP " + call.httpStatus())));
        }
        return adopt(orderId, FormEncoding.decode(call.body()), cause);
    }

    private PlacementAnswer adopt(UUID orderId, Map<String, String> report, SectigoError cause) {
        int code = Integer.parseInt(report.getOrDefault("errorCode", "-14").strip());
        if (code < 0) {
            SectigoError failed = ErrorClassifier.classify(code, report.get("errorMessage"));
            return PlacementAnswer.failed(failed.kind() == ErrorKind.TRANSIENT
                    ? SectigoError.transientFailure("order lookup: " + failed.message())
                    : unresolved(cause, "the order lookup failed: " + failed.message()));
        }
        int results = Integer.parseInt(report.getOrDefault("noOfResults", "0").strip());
        for (int i = 1; i <= results; i++) {
            if (orderId.toString().equals(report.get(i + "_foreignOrderNumber"))) {
                return PlacementAnswer.placed(new SectigoOrder(report.get(i + "_orderNumber"),
                        report.get(i + "_1_certificateID"), null, null, AutoApplyRequest.uniqueValueOf(orderId)));
            }
        }
        return PlacementAnswer.failed(unresolved(cause, "no order with this foreignOrderNumber was found"));
    }

    private static SectigoError unresolved(SectigoError cause, String why) {
        return new SectigoError(ErrorKind.PERMANENT, cause.reason(), cause.message() + " (" + why + ")", null,
                cause.providerCode());
    }
}
