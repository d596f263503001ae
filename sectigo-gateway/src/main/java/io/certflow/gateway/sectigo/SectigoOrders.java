package io.certflow.gateway.sectigo;

import io.certflow.events.OrderDetails;
import io.certflow.gateway.ca.OrderOutcome;
import io.certflow.gateway.ca.Placed;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;

/**
 * Places one SSL order with {@code !AutoApplyOrder} and says what came of it in certflow's terms. When
 * Sectigo answers that an earlier attempt of this order got through (-64 / -55), that order is looked
 * up and adopted: an unknown outcome is reconciled, never bought twice.
 */
@Singleton
class SectigoOrders {

    static final String ENDPOINT = "!AutoApplyOrder";
    private static final AutoApplyResponseParser PARSER = new AutoApplyResponseParser(true, false);

    private final SectigoClient client;
    private final ForeignOrderLookup lookup;
    private final SectigoProperties settings;

    SectigoOrders(SectigoClient client, ForeignOrderLookup lookup, SectigoProperties settings) {
        this.client = client;
        this.lookup = lookup;
        this.settings = settings;
    }

    OrderOutcome place(UUID orderId, OrderDetails order) {
        Map<String, String> parameters;
        try {
            parameters = AutoApplyRequest.parameters(orderId, order, settings);
        } catch (InvalidOrderException e) {
            return e.toError().setback();
        }
        CallResult call = client.post(orderId, ENDPOINT, parameters);
        if (call.transportError() != null) {
            return SectigoError.transientFailure("no answer from Sectigo: " + call.transportError()).setback();
        }
        if (!call.answered()) {
            return ErrorClassifier.classifyHttpStatus(call.httpStatus()).setback();
        }
        AutoApplyAnswer answer;
        try {
            answer = PARSER.parse(call.body());
        } catch (UnreadableAnswerException e) {
            return SectigoError.transientFailure(e.getMessage()).setback();
        }
        return interpret(orderId, answer);
    }

    /**
     * Before giving up on an order whose last attempts had no clear answer: if one of them reached
     * Sectigo after all, its order is adopted rather than reported as failed.
     */
    OrderOutcome lookUp(UUID orderId, SectigoError lastError) {
        return lookup.find(orderId, lastError);
    }

    /** The DCV values derive from Sectigo's {@code uniqueValue} if it named one, else from the one sent. */
    private OrderOutcome interpret(UUID orderId, AutoApplyAnswer answer) {
        if (answer.successful()) {
            return new Placed(answer.orderNumber(), answer.certificateId(), answer.totalCost(),
                    answer.totalCost() == null ? null : settings.currency(),
                    answer.uniqueValue() != null ? answer.uniqueValue() : AutoApplyRequest.uniqueValueOf(orderId),
                    false);
        }
        SectigoError error = ErrorClassifier.classify(answer.statusCode(), answer.errorMessage());
        return error.kind() == ErrorKind.ALREADY_SUBMITTED ? lookup.find(orderId, error) : error.setback();
    }
}
