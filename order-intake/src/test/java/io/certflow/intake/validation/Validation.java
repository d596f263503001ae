package io.certflow.intake.validation;

import io.certflow.events.FieldError;
import io.certflow.events.OrderDetails;
import io.certflow.intake.csr.CsrParser;
import io.certflow.intake.product.ProductCatalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator as a rule family test uses it, on a pinned day (2026-11-22). */
final class Validation {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    static final OrderValidator VALIDATOR = new OrderValidator(new CsrParser(), new ProductCatalogue(), TODAY);

    private Validation() {
    }

    static List<FieldError> errors(OrderDetails order) {
        ValidationResult result = VALIDATOR.validate(order, "");
        assertThat(result).isInstanceOf(ValidationResult.Invalid.class);
        return ((ValidationResult.Invalid) result).errors();
    }

    static List<String> fields(OrderDetails order) {
        return errors(order).stream().map(FieldError::field).toList();
    }

    static ValidationResult.Valid valid(OrderDetails order) {
        ValidationResult result = VALIDATOR.validate(order, "");
        assertThat(result).as("%s", result).isInstanceOf(ValidationResult.Valid.class);
        return (ValidationResult.Valid) result;
    }
}
