package io.certflow.gateway.sectigo;

import io.certflow.gateway.ca.OrderOutcome;
import io.certflow.gateway.ca.Placed;
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
class ForeignOrderLookup {

    static final String ENDPOINT = "!WebHostReport";

    private final SectigoClient client;

    ForeignOrderLookup(SectigoClient client) {
        this.client = client;
    }

    OrderOutcome find(UUID orderId, SectigoError cause) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("foreignOrderNumber", orderId.toString());
        parameters.put("responseFormat", "1");
        CallResult call = client.post(orderId, ENDPOINT, parameters);
        if (!call.answered()) {
            return SectigoError.transientFailure("order lookup failed: "
                    + (call.transportError() != null ? call.transportError() : "HTTP " + call.httpStatus())).setback();
        }
        return adopt(orderId, FormAnswer.parse(call.body()), cause);
    }

    private OrderOutcome adopt(UUID orderId, FormAnswer report, SectigoError cause) {
        int code = report.errorCode(-14);
        if (code < 0) {
            SectigoError failed = ErrorClassifier.classify(code, report.first("errorMessage"));
            return failed.kind() == ErrorKind.TRANSIENT
                    ? SectigoError.transientFailure("order lookup: " + failed.message()).setback()
                    : unresolved(cause, "the order lookup failed: " + failed.message());
        }
        String noOfResults = report.first("noOfResults");
        int results = noOfResults == null ? 0 : Integer.parseInt(noOfResults);
        for (int i = 1; i <= results; i++) {
            if (orderId.toString().equals(report.first(i + "_foreignOrderNumber"))) {
                return new Placed(report.first(i + "_orderNumber"), report.first(i + "_1_certificateID"), null, null,
                        AutoApplyRequest.uniqueValueOf(orderId), false);
            }
        }
        return unresolved(cause, "no order with this foreignOrderNumber was found");
    }

    private static OrderOutcome unresolved(SectigoError cause, String why) {
        return new SectigoError(ErrorKind.PERMANENT, cause.reason(), cause.message() + " (" + why + ")", null,
                cause.providerCode()).setback();
    }
}
