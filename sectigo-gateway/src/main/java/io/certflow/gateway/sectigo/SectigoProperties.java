package io.certflow.gateway.sectigo;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Sectigo's account and how the gateway talks to it. The password lives only here: it is never
 * logged, audited or put in an exception ({@link #toString()} hides it).
 *
 * @param baseUrl        where {@code /products/...} lives (Sectigo or the sandbox)
 * @param loginName      the reseller login
 * @param loginPassword  its password
 * @param testOrders     send {@code test=Y}: orders are not billed
 * @param emailAddress   Sectigo's {@code emailAddress}; {@code none} stops Sectigo mailing the certificate itself
 * @param callsPerSecond the account's call limit, shared by all gateway instances ({@code CallBudget})
 * @param timeout        read timeout of one call
 * @param currency       ISO 4217 currency of the account (Sectigo answers amounts without one)
 */
@ConfigurationProperties("certflow.gateway.sectigo")
public record SectigoProperties(String baseUrl, String loginName, String loginPassword, boolean testOrders,
                                String emailAddress, double callsPerSecond, Duration timeout,
                                String currency) {

    @Override
    public String toString() {
        return "SectigoProperties[baseUrl=" + baseUrl + ", loginName=" + loginName + ", loginPassword=***, testOrders="
                + testOrders + ", emailAddress=" + emailAddress + ", callsPerSecond=" + callsPerSecond + ", timeout="
                + timeout + ", currency=" + currency + "]";
    }
}
