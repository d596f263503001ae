package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What an S/MIME certificate names ({@code !PlaceOrder} item parameters). An organization-validated
 * S/MIME order also needs {@link OrderDetails#organization()} with its {@code organizationIdentifier}.
 *
 * @param emailAddresses           the mailboxes, as the certificate's SANs ({@code x_smimeEmailAddresses})
 * @param subjectEmail             the one of them to put in the subject too ({@code x_smimeSubjectEmail}); optional
 * @param organizationInCommonName organization-validated only: put the organization name in the subject
 *                                 CN ({@code x_smimeSubjectCN}); optional, Sectigo's default is no
 *
 * <p>Part of the order as submitted: nothing is required at construction, order-intake validates it
 * field by field (see {@link OrderDetails}).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Smime(List<String> emailAddresses, String subjectEmail, Boolean organizationInCommonName) {

    public Smime {
        emailAddresses = Checks.copyOrEmpty(emailAddresses);
    }
}
