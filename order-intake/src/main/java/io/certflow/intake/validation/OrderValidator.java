package io.certflow.intake.validation;

import io.certflow.events.CertificateType;
import io.certflow.events.OrderDetails;
import io.certflow.intake.csr.CsrParser;
import io.certflow.intake.csr.InvalidCsrException;
import io.certflow.intake.csr.ParsedCsr;
import io.certflow.intake.product.Product;
import io.certflow.intake.product.ProductCatalogue;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;

/**
 * Every rule an order must pass before anything is stored, with Sectigo's limits and allowed values,
 * so that what intake accepts Sectigo does not refuse for its shape. The same rules serve REST and
 * the submissions topic; only the field prefix differs ({@code ""} or {@code "order."}).
 */
@Singleton
public final class OrderValidator {

    /** Sectigo's {@code serverSoftware} codes; -1 is OTHER. */
    private static final Set<Integer> SERVER_SOFTWARE = Set.of(-1, 2, 10, 14, 18, 30, 31, 35, 36);

    private final CsrParser csrParser;
    private final ProductCatalogue catalogue;

    public OrderValidator(CsrParser csrParser, ProductCatalogue catalogue) {
        this.csrParser = csrParser;
        this.catalogue = catalogue;
    }

    public ValidationResult validate(OrderDetails order, String fieldPrefix) {
        Violations violations = new Violations(fieldPrefix);
        Optional<Product> product = product(order, violations);
        checkTerms(order, violations);
        CustomerRules.check(order.customer(), violations);
        Optional<ParsedCsr> csr = csr(order.csr(), violations);
        if (csr.isPresent() && product.isPresent()) {
            SubjectRules.check(order, csr.get(), product.get(), violations);
            DcvRules.check(order.dcv(), csr.get(), violations);
        }
        return violations.isEmpty()
                ? new ValidationResult.Valid(order, csr.orElseThrow(), product.orElseThrow())
                : new ValidationResult.Invalid(violations.list());
    }

    private Optional<Product> product(OrderDetails order, Violations violations) {
        if (order.type() != CertificateType.SSL) {
            violations.add("type", order.type() == null ? "is required: SSL"
                    : "S/MIME orders are not accepted yet; only SSL");
            return Optional.empty();
        }
        if (order.product() == null) {
            violations.add("product", "is required");
            return Optional.empty();
        }
        Optional<Product> product = catalogue.find(order.product()).filter(p -> !p.isSmime());
        if (product.isEmpty()) {
            violations.add("product", order.product() + " is not an SSL product code of Sectigo's reference");
        }
        return product;
    }

    private static void checkTerms(OrderDetails order, Violations violations) {
        if (order.days() == null) {
            violations.add("days", "is required: one of " + ProductCatalogue.ALLOWED_DAYS);
        } else if (!ProductCatalogue.ALLOWED_DAYS.contains(order.days())) {
            violations.add("days", order.days() + " is not allowed: one of " + ProductCatalogue.ALLOWED_DAYS);
        }
        Integer software = order.serverSoftware();
        if (software != null && !SERVER_SOFTWARE.contains(software)) {
            violations.add("serverSoftware", software + " is not one of Sectigo's codes " + SERVER_SOFTWARE);
        }
    }

    private Optional<ParsedCsr> csr(String pem, Violations violations) {
        try {
            return Optional.of(csrParser.parse(pem));
        } catch (InvalidCsrException e) {
            violations.add("csr", e.problem().reason());
            return Optional.empty();
        }
    }
}
