package io.certflow.sandbox.api;

import io.certflow.sandbox.protocol.Params;
import java.util.Optional;

/** PlaceOrder called from a browser: success and error answers become redirects when URLs are given. */
final class PlaceOrderRedirect {

    private PlaceOrderRedirect() {
    }

    static Optional<String> target(Endpoint endpoint, Params params, SectigoResponse response) {
        if (endpoint != Endpoint.PLACE_ORDER) {
            return Optional.empty();
        }
        return params.text(response.code() >= 0 ? "successURL" : "errorURL");
    }
}
