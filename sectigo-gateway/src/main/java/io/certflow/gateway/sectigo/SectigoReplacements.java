package io.certflow.gateway.sectigo;

import io.certflow.events.CertificateType;
import io.certflow.events.OrderDetails;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Replaces the certificate of an order Sectigo has with {@code !AutoReplaceSSL} or
 * {@code !AutoReplaceSMIME}: the answer's {@code newOrderNumber} is the replacement order. An error
 * about the replaced order (unknown, revoked, not issued yet) names {@code replacesOrderId}.
 */
@Singleton
public class SectigoReplacements {

    private final SectigoClient client;

    public SectigoReplacements(SectigoClient client) {
        this.client = client;
    }

    public PlacementAnswer replace(UUID orderId, OrderDetails order, String replacedNumber, boolean revokeReplaced) {
        FormAnswer answer = FormAnswer.of(client.post(orderId, ReplaceRequest.endpoint(order),
                ReplaceRequest.parameters(orderId, order, replacedNumber, revokeReplaced)));
        if (answer.failed()) {
            return PlacementAnswer.failed(answer.failure());
        }
        try {
            int code = answer.errorCode(-14);
            if (code < 0) {
                return PlacementAnswer.failed(aboutReplacedOrder(code, answer.error(code)));
            }
            String newNumber = answer.first("newOrderNumber");
            if (newNumber == null) {
                throw new UnreadableAnswerException("success without newOrderNumber");
            }
            boolean ssl = order.type() != CertificateType.SMIME;
            return PlacementAnswer.placed(new SectigoOrder(newNumber, answer.first("certificateID"), null, null,
                    ssl ? AutoApplyRequest.uniqueValueOf(orderId) : null));
        } catch (UnreadableAnswerException e) {
            return PlacementAnswer.failed(SectigoError.transientFailure(e.getMessage()));
        }
    }

    private static SectigoError aboutReplacedOrder(int code, SectigoError error) {
        boolean replacedOrderAtFault = code == -20 || code == -22 || code == -136
                || (code == -4 && error.message().contains("orderNumber"));
        if (error.kind() != ErrorKind.PERMANENT || !replacedOrderAtFault) {
            return error;
        }
        return new SectigoError(error.kind(), error.reason(), "the order to replace cannot be replaced: "
                + error.message(), "replacesOrderId", error.providerCode());
    }
}
