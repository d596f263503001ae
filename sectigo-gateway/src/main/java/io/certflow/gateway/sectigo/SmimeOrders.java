package io.certflow.gateway.sectigo;

import io.certflow.events.OrderDetails;
import io.certflow.gateway.ca.OrderOutcome;
import io.certflow.gateway.ca.Placed;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * S/MIME orders: {@code !PlaceOrder} (success is {@code orderNumber=…} without an errorCode), then, for
 * {@code reseller=Y}, {@code !AutoAuthorize}. Each step is its own ledger attempt: a placement whose
 * answer was lost is found again by foreignOrderNumber (-64 → {@code !WebHostReport}), and an
 * authorization answered -136 ("wrong state": the order no longer waits for one) was done before.
 */
@Singleton
class SmimeOrders {

    static final String PLACE = "!PlaceOrder";
    static final String AUTHORIZE = "!AutoAuthorize";
    private static final int WRONG_STATE = -136;
    private static final Logger LOG = LoggerFactory.getLogger(SmimeOrders.class);

    private final SectigoClient client;
    private final ForeignOrderLookup lookup;
    private final SectigoProperties settings;
    private final SmimeProperties smime;

    SmimeOrders(SectigoClient client, ForeignOrderLookup lookup, SectigoProperties settings,
                       SmimeProperties smime) {
        this.client = client;
        this.lookup = lookup;
        this.settings = settings;
        this.smime = smime;
    }

    OrderOutcome place(UUID orderId, OrderDetails order) {
        Map<String, String> parameters;
        try {
            parameters = PlaceOrderRequest.parameters(orderId, order, settings, smime);
        } catch (InvalidOrderException e) {
            return e.toError().setback();
        }
        FormAnswer answer = FormAnswer.of(client.post(orderId, PLACE, parameters));
        if (answer.failed()) {
            return answer.failure().setback();
        }
        try {
            int code = answer.errorCode(0);
            if (code < 0) {
                SectigoError error = answer.error(code);
                return error.kind() == ErrorKind.ALREADY_SUBMITTED ? lookUp(orderId, error) : error.setback();
            }
            return placed(required(answer, "orderNumber"));
        } catch (UnreadableAnswerException e) {
            return SectigoError.transientFailure(e.getMessage()).setback();
        }
    }

    /** An earlier attempt may have reached Sectigo: its order is adopted, still to be authorized. */
    OrderOutcome lookUp(UUID orderId, SectigoError lastError) {
        OrderOutcome found = lookup.find(orderId, lastError);
        return found instanceof Placed order ? placed(order.orderNumber()) : found;
    }

    OrderOutcome authorize(UUID orderId, String orderNumber) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("orderNumber", orderNumber);
        parameters.put("responseFormat", "1");
        FormAnswer answer = FormAnswer.of(client.post(orderId, AUTHORIZE, parameters));
        if (answer.failed()) {
            return answer.failure().setback();
        }
        try {
            int code = answer.errorCode(-14);
            if (code == WRONG_STATE) {
                LOG.info("S/MIME order {} (Sectigo {}) no longer awaits authorization; taken as authorized",
                        orderId, orderNumber);
                return Placed.of(orderNumber, null);
            }
            if (code < 0) {
                return answer.error(code).setback();
            }
            BigDecimal cost = amount(answer.first("totalCost"));
            return new Placed(orderNumber, null, cost, cost == null ? null : settings.currency(), null, false);
        } catch (UnreadableAnswerException e) {
            return SectigoError.transientFailure(e.getMessage()).setback();
        }
    }

    private Placed placed(String orderNumber) {
        return new Placed(orderNumber, null, null, null, null, smime.reseller());
    }

    private static String required(FormAnswer answer, String field) {
        String value = answer.first(field);
        if (value == null) {
            throw new UnreadableAnswerException("success without " + field);
        }
        return value;
    }

    private static BigDecimal amount(String value) {
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new UnreadableAnswerException("totalCost is not a number");
        }
    }
}
