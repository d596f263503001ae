package io.certflow.gateway.sectigo;

import io.certflow.events.OrderDetails;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;

/**
 * Places one SSL order with {@code !AutoApplyOrder} and says what came of it in certflow's terms. When
 * Sectigo answers that an earlier attempt of this order got through (-64 / -55), that order is looked
 * up and adopted: an unknown outcome is reconciled, never bought twice.
 */
@Singleton
public class SectigoOrders {

    static final String ENDPOINT = "!AutoApplyOrder";
    private static final AutoApplyResponseParser PARSER = new AutoApplyResponseParser(true, false);

    private final SectigoClient client;
    private final ForeignOrderLookup lookup;
    private final SectigoProperties settings;

    public SectigoOrders(SectigoClient client, ForeignOrderLookup lookup, SectigoProperties settings) {
        this.client = client;
        this.lookup = lookup;
        this.settings = settings;
    }

    public PlacementAnswer place(UUID orderId, OrderDetails order) {
        Map<String, String> parameters;
        try {
            parameters = AutoApplyRequest.parameters(orderId, order, settings);
        } catch (InvalidOrderException e) {
            return PlacementAnswer.failed(e.toError());
        }
        CallResult call = client.post(orderId, ENDPOINT, parameters);
        if (call.transportError() != null) {
            return PlacementAnswer.failed(SectigoError.transientFailure("no answer from Sectigo: "
                    + call.transportError()));
        }
        if (!call.answered()) {
            return PlacementAnswer.failed(ErrorClassifier.classifyHttpStatus(call.httpStatus()));
        }
        AutoApplyAnswer answer;
        try {
            answer = PARSER.parse(call.body());
        } catch (UnreadableAnswerException e) {
            return PlacementAnswer.failed(SectigoError.transientFailure(e.getMessage()));
        }
        return interpret(orderId, answer);
    }

    /**
     * Before giving up on an order whose last attempts had no clear answer: if one of them reached
     * Sectigo after all, its order is adopted rather than reported as failed.
     */
    public PlacementAnswer lookUp(UUID orderId, SectigoError lastError) {
        return lookup.find(orderId, lastError);
    }

    private PlacementAnswer interpret(UUID orderId, AutoApplyAnswer answer) {
        if (answer.successful()) {
            return PlacementAnswer.placed(new SectigoOrder(answer.orderNumber(), answer.certificateId(),
                    answer.totalCost(), answer.totalCost() == null ? null : settings.currency(),
                    answer.uniqueValue()));
        }
        SectigoError error = ErrorClassifier.classify(answer.statusCode(), answer.errorMessage());
        return error.kind() == ErrorKind.ALREADY_SUBMITTED ? lookup.find(orderId, error) : PlacementAnswer.failed(error);
    }
}
