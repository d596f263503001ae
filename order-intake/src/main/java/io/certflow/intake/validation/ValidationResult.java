package io.certflow.intake.validation;

import io.certflow.events.FieldError;
import io.certflow.events.OrderDetails;
import io.certflow.events.RequestFacts;
import io.certflow.intake.csr.ParsedCsr;
import io.certflow.intake.product.Product;

import java.util.List;

/** Either an order that may be placed, with what validation learned about it, or every reason it may not. */
public sealed interface ValidationResult {

    record Valid(OrderDetails order, ParsedCsr csr, Product product) implements ValidationResult {

        /** What {@code order.requested} carries besides the order: the CSR's facts and the ordered names. */
        public RequestFacts facts() {
            return csr.facts(OrderedNames.of(order, csr.commonName()));
        }
    }

    record Invalid(List<FieldError> errors) implements ValidationResult {

        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
