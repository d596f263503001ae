package io.certflow.sandbox.order;

import io.certflow.sandbox.product.Product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The unchanging facts of an order. {@code replaces}: the order number this one replaces.
 * {@code needsAuthorization}: a PlaceOrder with reseller=Y, waiting for AutoAuthorize.
 */
public record OrderDetails(String orderNumber, long certificateId, String loginName, Product product,
                           List<Integer> productCodes, CertificateContent content, String foreignOrderNumber,
                           boolean test, BigDecimal cost, boolean paymentRequired, String uniqueValue,
                           String replaces, boolean needsAuthorization, String organizationName,
                           Instant placedAt) {

    public boolean smime() {
        return product.kind() == Product.Kind.SMIME;
    }
}
