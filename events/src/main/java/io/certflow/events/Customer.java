package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;


/**
 * Who the certificate is for and whom certflow emails about it. Never sent to Sectigo as-is.
 *
 * @param email    where the notifier writes (required)
 * @param name     how to address the customer; optional
 * @param language a BCP 47 language tag for the emails, e.g. {@code en}, {@code de}; optional (the
 *                 notifier's default applies)
 *
 * <p>Part of the order as submitted: nothing is required at construction, order-intake validates it
 * field by field (see {@link OrderDetails}).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Customer(String email, String name, String language) {
}
