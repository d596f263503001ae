package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * How control of one name of a multi-domain order is validated, when the names do not all use
 * {@link Dcv#method()}.
 *
 * @param domain       one of the order's names
 * @param method       the DCV method for this name
 * @param emailAddress the approver address when {@code method} is {@link DcvMethod#EMAIL}
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DomainDcv(String domain, DcvMethod method, String emailAddress) {
}
