package io.certflow.sandbox.order;

import io.certflow.sandbox.product.Product;

import java.math.BigDecimal;
import java.util.List;

/**
 * A validated request for a new order. {@code requestToken}: SSL orders track CSR + uniqueValue
 * (-55); {@code charge}: debit the account now (not for test orders, payment-required accounts,
 * replacements or orders that wait for AutoAuthorize).
 */
public record Placement(String loginName, Product product, List<Integer> productCodes, CertificateContent content,
                        String foreignOrderNumber, boolean foreignOrderNumberUnique, boolean test, BigDecimal cost,
                        boolean paymentRequired, boolean charge, boolean requestToken, String uniqueValue,
                        boolean needsAuthorization, String organizationName, String replaces) {
}
