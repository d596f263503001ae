package io.certflow.gateway.sectigo;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * How S/MIME orders are placed with {@code !PlaceOrder}.
 *
 * @param brand        the reseller brand name ({@code ap})
 * @param reseller     {@code reseller=Y}: the reseller charges its customer and Sectigo debits the
 *                     account once the order is authorized ({@code !AutoAuthorize}); N: Sectigo
 *                     charges the customer and processes the order at once
 * @param contactEmail the reseller's contact address sent as {@code emailAddress}: Sectigo's mail
 *                     about the order goes there, never to the customer directly
 */
@ConfigurationProperties("certflow.gateway.sectigo.smime")
public record SmimeProperties(String brand, boolean reseller, String contactEmail) {
}
