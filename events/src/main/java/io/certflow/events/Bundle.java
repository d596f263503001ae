package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Products ordered together with an SSL certificate, in the same Sectigo order ({@code product} as a
 * comma-separated list, e.g. {@code 316,36}). Each part is present only when ordered.
 *
 * @param trustLogo      a TrustLogo (product 36; OV and EV certificates only)
 * @param codeGuard      a CodeGuard account (products 700–703); its account email is the applicant
 *                       representative's {@code emailAddress}
 * @param hackerGuardian a HackerGuardian service, optionally with an additional IP pack (356)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Bundle(TrustLogo trustLogo, CodeGuard codeGuard, HackerGuardian hackerGuardian) {

    /**
     * The TrustLogo's IdAuthority contact details, shown in its pop-up; every field optional.
     *
     * @param idaEmailAddress    {@code idaEmailAddress} (≤ 255 chars)
     * @param idaTelephoneNumber {@code idaTelephoneNumber} (≤ 32 chars)
     * @param idaFaxNumber       {@code idaFaxNumber} (≤ 32 chars)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TrustLogo(String idaEmailAddress, String idaTelephoneNumber, String idaFaxNumber) {
    }

    /**
     * A CodeGuard website backup account.
     *
     * @param product 700 Personal, 701 Professional, 702 Company, 703 Small Business
     * @param domains how many domains the account covers ({@code domains})
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CodeGuard(Integer product, Integer domains) {
    }

    /**
     * A HackerGuardian scanning service.
     *
     * @param product               586, 587, 346, 329, 349 or 259
     * @param loginName             the HackerGuardian user name to create ({@code appRepLoginName})
     * @param additionalIpAddresses size of an additional IP pack (product 356, {@code IP Addresses});
     *                              optional
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HackerGuardian(Integer product, String loginName, Integer additionalIpAddresses) {
    }
}
