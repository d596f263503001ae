package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The person at the customer's organization who confirms an OV/EV order (Sectigo's {@code appRep*}
 * parameters), and the CodeGuard account holder of a bundle ({@code appRepEmailAddress}).
 *
 * @param forename          {@code appRepForename} (≤ 64 chars)
 * @param surname           {@code appRepSurname} (≤ 64 chars)
 * @param emailAddress      {@code appRepEmailAddress} (≤ 255 chars)
 * @param telephone         {@code appRepTelephone} (≤ 32 chars)
 * @param title             {@code appRepTitle} (≤ 64 chars); optional
 * @param fax               {@code appRepFax} (≤ 32 chars); optional
 * @param organization      only when the representative's organization or address differs from the
 *                          certificate's ({@code appRepOrganizationName}, {@code appRepStreetAddress1} …)
 * @param callbackMethod    how Sectigo delivers the callback code; optional (Sectigo's default applies)
 * @param validated         {@code isAppRepValidated}: the reseller has verified the representative's
 *                          contact details itself; optional
 * @param callbackCompleted {@code isCallbackCompleted}: the reseller has completed the callback itself; optional
 *
 * <p>Part of the order as submitted: nothing is required at construction, order-intake validates it
 * field by field (see {@link OrderDetails}).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicantRepresentative(
        String forename,
        String surname,
        String emailAddress,
        String telephone,
        String title,
        String fax,
        Organization organization,
        CallbackMethod callbackMethod,
        Boolean validated,
        Boolean callbackCompleted) {
}
