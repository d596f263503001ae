package io.certflow.sandbox.handler;

import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PlaceOrder's item parameters ({@code x_PPP}, {@code _x_csr} …). The sandbox takes orders of one
 * item: any item number other than 1 is answered with -83.
 */
final class PlaceOrderItems {

    private static final Pattern ITEM = Pattern.compile("_?([0-9]+)_(.+)");

    private PlaceOrderItems() {
    }

    static void checkSingleItem(Params params) {
        boolean hasProduct = false;
        for (String name : params.names()) {
            Matcher matcher = ITEM.matcher(name);
            if (!matcher.matches()) {
                continue;
            }
            if (!matcher.group(1).equals("1")) {
                throw Errors.notApplicable(name);
            }
            String field = matcher.group(2);
            hasProduct |= field.equalsIgnoreCase("PPP") || field.equalsIgnoreCase("ID");
        }
        if (!hasProduct) {
            throw Errors.itemMissing();
        }
    }

    static Optional<String> item(Params params, String field) {
        return params.text("1_" + field).or(() -> params.text("_1_" + field));
    }

    static String requiredItem(Params params, String field) {
        return item(params, field).orElseThrow(() -> Errors.missing("1_" + field));
    }
}
