package io.certflow.intake.validation;

import io.certflow.events.Customer;

/** The customer certflow emails: an address is required, the rest is bounded. */
final class CustomerRules {

    private CustomerRules() {
    }

    static void check(Customer customer, Violations violations) {
        if (customer == null || customer.email() == null) {
            violations.add("customer.email", "is required");
        } else {
            violations.checkEmail("customer.email", customer.email());
        }
        if (customer != null) {
            violations.checkLength("customer.name", customer.name(), 128);
            violations.checkLength("customer.language", customer.language(), 35);
        }
    }
}
