package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Creator;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Objects;

/**
 * How domain control is to be validated for an SSL order.
 *
 * @param method         the DCV method
 * @param emailAddress   for {@link DcvMethod#EMAIL} on a single-domain order: the approver address
 *                       (Sectigo's {@code dcvEmailAddress}); optional
 * @param emailAddresses for {@link DcvMethod#EMAIL} on a multi-domain order: one approver address per
 *                       entry of {@code domainNames}, same order (Sectigo's {@code dcvEmailAddresses});
 *                       empty when not used
 * @param domains        for a multi-domain order whose names are validated in different ways: one
 *                       entry per {@code domainNames} entry, same order, each with its own method; empty when every name uses {@code method}
 *
 * <p>Part of the order as submitted: nothing is required at construction, order-intake validates it
 * field by field (see {@link OrderDetails}).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Dcv(DcvMethod method, String emailAddress, List<String> emailAddresses, List<DomainDcv> domains) {

    @Creator
    public Dcv {
        emailAddresses = Checks.copyOrEmpty(emailAddresses);
        domains = Checks.copyOrEmpty(domains);
    }

    /** A DCV where every name uses {@code method}. */
    public Dcv(DcvMethod method, String emailAddress, List<String> emailAddresses) {
        this(method, emailAddress, emailAddresses, List.of());
    }

    /** A DCV by a method that needs no email address. */
    public static Dcv of(DcvMethod method) {
        return new Dcv(method, null, List.of());
    }

    /** Email DCV to one approver address. */
    public static Dcv email(String emailAddress) {
        return new Dcv(DcvMethod.EMAIL, Objects.requireNonNull(emailAddress, "emailAddress"), List.of());
    }
}
