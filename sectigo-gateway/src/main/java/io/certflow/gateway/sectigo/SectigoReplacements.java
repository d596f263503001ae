package io.certflow.gateway.sectigo;

import io.certflow.events.CertificateType;
import io.certflow.events.OrderDetails;
import io.certflow.gateway.ca.OrderOutcome;
import io.certflow.gateway.ca.Placed;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Replaces the certificate of an order Sectigo has with {@code !AutoReplaceSSL} or
 * {@code !AutoReplaceSMIME}: the answer's {@code newOrderNumber} is the replacement order. An error
 * about the replaced order (unknown, revoked, not issued yet) names {@code replacesOrderId}; -136
 * ("wrong state") and -20 ("already revoked") say the order was already replaced or revoked, which is
 * what a repeated call answers after a first one whose answer was lost.
 */
@Singleton
class SectigoReplacements {

    private static final int ALREADY_REVOKED = -20;
    private static final int WRONG_STATE = -136;

    private final SectigoClient client;

    SectigoReplacements(SectigoClient client) {
        this.client = client;
    }

    OrderOutcome replace(UUID orderId, OrderDetails order, String replacedNumber, boolean revokeReplaced) {
        FormAnswer answer = FormAnswer.of(client.post(orderId, ReplaceRequest.endpoint(order),
                ReplaceRequest.parameters(orderId, order, replacedNumber, revokeReplaced)));
        if (answer.failed()) {
            return answer.failure().setback();
        }
        try {
            int code = answer.errorCode(-14);
            if (code < 0) {
                return aboutReplacedOrder(code, answer.error(code)).setback(code == WRONG_STATE
                        || code == ALREADY_REVOKED);
            }
            String newNumber = answer.first("newOrderNumber");
            if (newNumber == null) {
                throw new UnreadableAnswerException("success without newOrderNumber");
            }
            boolean ssl = order.type() != CertificateType.SMIME;
            return new Placed(newNumber, answer.first("certificateID"), null, null,
                    ssl ? AutoApplyRequest.uniqueValueOf(orderId) : null, false);
        } catch (UnreadableAnswerException e) {
            return SectigoError.transientFailure(e.getMessage()).setback();
        }
    }

    private static SectigoError aboutReplacedOrder(int code, SectigoError error) {
        boolean replacedOrderAtFault = code == ALREADY_REVOKED || code == -22 || code == WRONG_STATE
                || (code == -4 && error.message().contains("orderNumber"));
        if (error.kind() != ErrorKind.PERMANENT || !replacedOrderAtFault) {
            return error;
        }
        return new SectigoError(error.kind(), error.reason(), "the order to replace cannot be replaced: "
                + error.message(), "replacesOrderId", error.providerCode());
    }
}
