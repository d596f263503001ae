package io.certflow.intake.validation;

import io.certflow.events.CertificateType;
import io.certflow.events.OrderDetails;
import io.certflow.intake.csr.CsrParser;
import io.certflow.intake.csr.InvalidCsrException;
import io.certflow.intake.csr.ParsedCsr;
import io.certflow.intake.product.Product;
import io.certflow.intake.product.ProductCatalogue;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Every rule an order must pass before anything is stored, with Sectigo's limits and allowed values,
 * so that what intake accepts Sectigo does not refuse for its shape. The same rules serve REST, the
 * submissions topic and replacements; only the field prefix differs ({@code ""} or {@code "order."}).
 * Each rule family is a class of its own; this one picks the families for the order's type.
 */
@Singleton
public final class OrderValidator {

    /** Sectigo's {@code serverSoftware} codes; -1 is OTHER. */
    private static final Set<Integer> SERVER_SOFTWARE = Set.of(-1, 2, 10, 14, 18, 30, 31, 35, 36);

    private final CsrParser csrParser;
    private final ProductCatalogue catalogue;
    private final Clock clock;

    public OrderValidator(CsrParser csrParser, ProductCatalogue catalogue, Clock clock) {
        this.csrParser = csrParser;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Validates {@code submitted} with its host names in A-labels, the form a valid order is stored and sent in. */
    public ValidationResult validate(OrderDetails submitted, String fieldPrefix) {
        OrderDetails order = AsciiNames.of(submitted);
        Violations violations = new Violations(fieldPrefix);
        Optional<Product> product = product(order, violations);
        CustomerRules.check(order.customer(), violations);
        Optional<ParsedCsr> csr;
        if (order.type() == CertificateType.SMIME) {
            csr = csr(order.csr(), false, violations);
            product.ifPresent(p -> SmimeRules.check(order, p, violations));
        } else {
            checkSslTerms(order, violations);
            csr = csr(order.csr(), true, violations);
            product.ifPresent(p -> checkSsl(order, csr, p, violations));
        }
        return violations.isEmpty()
                ? new ValidationResult.Valid(completed(order, product.orElseThrow()), csr.orElseThrow(),
                product.orElseThrow())
                : new ValidationResult.Invalid(violations.list());
    }

    private Optional<Product> product(OrderDetails order, Violations violations) {
        if (order.type() == null) {
            violations.add("type", "is required: SSL or SMIME");
            return Optional.empty();
        }
        if (order.product() == null) {
            violations.add("product", "is required");
            return Optional.empty();
        }
        Optional<Product> product = catalogue.find(order.product());
        boolean smime = order.type() == CertificateType.SMIME;
        if (product.isEmpty()) {
            violations.add("product", order.product() + " is not a product code of Sectigo's reference");
        } else if (smime != product.get().isSmime()) {
            violations.add("product", smime ? order.product() + " is not an S/MIME product (2411, 2412, 243, 2432)"
                    : order.product() + " is an S/MIME product; order it with type SMIME");
            return Optional.empty();
        }
        return product;
    }

    private void checkSsl(OrderDetails order, Optional<ParsedCsr> csr, Product product, Violations violations) {
        OrganizationRules.check(order, product, violations);
        EvRules.check(order, product, clock, violations);
        ApplicantRepresentativeRules.check(order, product, violations);
        BundleRules.check(order, product, violations);
        csr.ifPresent(parsed -> {
            SubjectRules.check(parsed, product, violations);
            MultiDomainRules.check(order, parsed, product, violations);
            DcvRules.check(order, parsed, product, violations);
        });
    }

    private static void checkSslTerms(OrderDetails order, Violations violations) {
        if (order.days() == null) {
            violations.add("days", "is required: one of " + ProductCatalogue.ALLOWED_DAYS);
        } else if (!ProductCatalogue.ALLOWED_DAYS.contains(order.days())) {
            violations.add("days", order.days() + " is not allowed: one of " + ProductCatalogue.ALLOWED_DAYS);
        }
        Integer software = order.serverSoftware();
        if (software != null && !SERVER_SOFTWARE.contains(software)) {
            violations.add("serverSoftware", software + " is not one of Sectigo's codes " + SERVER_SOFTWARE);
        }
        violations.checkAbsent("smime", order.smime(), "is only for S/MIME orders");
    }

    private Optional<ParsedCsr> csr(String pem, boolean commonNameRequired, Violations violations) {
        try {
            return Optional.of(commonNameRequired ? csrParser.parse(pem) : csrParser.parseWithoutCommonName(pem));
        } catch (InvalidCsrException e) {
            violations.add("csr", e.problem().reason());
            return Optional.empty();
        }
    }

    /** What is stored and published: an S/MIME order without {@code days} gets its product's fixed validity. */
    private static OrderDetails completed(OrderDetails order, Product product) {
        if (order.days() == null && product.fixedDays().isPresent()) {
            return order.toBuilder().days(product.fixedDays().get()).build();
        }
        return order;
    }
}
