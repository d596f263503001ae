package io.certflow.e2e.support;

import io.certflow.devstack.App;
import io.certflow.devstack.Stack;

import java.util.List;

/** The clients of a stack a test started for itself (the shared one is {@link SystemUnderTest}'s). */
public record StackClients(Stack stack) {

    /** order-intake's REST API on each instance, first instance first. */
    public List<Intake> intakes() {
        String token = stack.tokens().token(SystemUnderTest.ACME_CLIENT);
        return stack.baseUrls(App.ORDER_INTAKE).stream().map(url -> new Intake(url, token)).toList();
    }

    public CertStore certStore() {
        return new CertStore(stack.baseUrl(App.CERT_STORE), stack.tokens().token(SystemUnderTest.ACME_CLIENT));
    }

    public Sandbox sandbox() {
        return new Sandbox(stack.baseUrl(App.SECTIGO_SANDBOX));
    }

    public Mailbox mailbox() {
        return new Mailbox(stack.smtp());
    }
}
