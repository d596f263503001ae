package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Objects;

/**
 * One reason a submission was refused.
 *
 * @param field  the submission's field, as a JSON path in certflow's names, e.g. {@code order.csr} or
 *               {@code order.domainNames[2]}
 * @param reason what is wrong, in words for the submitter
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldError(String field, String reason) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }
}
