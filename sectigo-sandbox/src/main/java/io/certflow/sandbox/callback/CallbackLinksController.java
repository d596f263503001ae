package io.certflow.sandbox.callback;

import io.certflow.sandbox.order.Order;
import io.certflow.sandbox.order.OrderLifecycle;
import io.certflow.sandbox.order.OrderStore;
import io.certflow.sandbox.order.WrongCodeException;
import io.certflow.sandbox.product.Validation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * The customer-facing links of section 6 of the v2.0 text, as the Sectigo host serves them: the OV
 * callback link and the EV click-through link. The right code completes the callback (as the
 * control API's complete-callback does); anything else answers an error page and changes nothing.
 * The pages also declare that they produce any type, so that a client accepting any type (curl's
 * default) reaches them rather than the generic {@code /products/{name}} API route.
 */
@Controller("/products")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CallbackLinksController {

    private final OrderStore orders;
    private final OrderLifecycle lifecycle;

    public CallbackLinksController(OrderStore orders, OrderLifecycle lifecycle) {
        this.orders = orders;
        this.lifecycle = lifecycle;
    }

    @Get(uri = "/EnterCallbackCode", produces = {MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<String> enterCallbackCode(@Nullable @QueryValue String orderNumber,
                                                  @Nullable @QueryValue String code2) {
        return complete(orderNumber, code2, Validation.OV);
    }

    @Get(uri = "/ExecuteAgreementsWithCode", produces = {MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<String> executeAgreementsWithCode(@Nullable @QueryValue String orderNumber,
                                                          @Nullable @QueryValue String code2) {
        return complete(orderNumber, code2, Validation.EV);
    }

    private HttpResponse<String> complete(String orderNumber, String code, Validation expected) {
        if (orderNumber == null || orderNumber.isBlank() || code == null || code.isBlank()) {
            return CallbackPage.of(HttpStatus.BAD_REQUEST, "Both orderNumber and code2 are required.");
        }
        Order order = orders.find(orderNumber).orElse(null);
        if (order == null) {
            return CallbackPage.of(HttpStatus.NOT_FOUND, "There is no order " + orderNumber + ".");
        }
        if (order.details().product().validation() != expected) {
            return CallbackPage.of(HttpStatus.BAD_REQUEST, "This link is for " + expected + " orders; order "
                    + orderNumber + " is " + order.details().product().validation() + ".");
        }
        try {
            lifecycle.completeCallback(order, code);
        } catch (WrongCodeException e) {
            return CallbackPage.of(HttpStatus.BAD_REQUEST, "The code is not valid for order " + orderNumber + ".");
        } catch (IllegalStateException e) {
            return CallbackPage.of(HttpStatus.CONFLICT, "Order " + orderNumber + " does not wait for this step.");
        }
        return CallbackPage.of(HttpStatus.OK, expected == Validation.EV
                ? "Thank you: the agreement for order " + orderNumber + " is accepted."
                : "Thank you: the callback for order " + orderNumber + " is complete.");
    }
}
