package io.certflow.e2e.support;

import io.certflow.devstack.App;
import io.certflow.devstack.Stack;
import io.certflow.devstack.StackSettings;
import io.certflow.testkit.support.Lazy;
import io.certflow.testkit.support.ShutdownHooks;

/**
 * The one stack of this test JVM: started on first use, on free ports with throw-away state (so it
 * never clashes with a running devstack), and closed when the JVM exits.
 */
public final class SystemUnderTest {

    private static final Lazy<Stack> STACK = new Lazy<>(
            () -> ShutdownHooks.closeOnExit(Stack.start(StackSettings.ephemeral()), "e2e-stack"));

    /** The caller of every scenario unless it says otherwise: tenant acme, every scope. */
    public static final String ACME_CLIENT = "acme-client";

    private SystemUnderTest() {
    }

    public static Stack stack() {
        return STACK.get();
    }

    public static String url(App app) {
        return stack().baseUrl(app);
    }

    public static Intake intake() {
        return new Intake(url(App.ORDER_INTAKE), token(ACME_CLIENT));
    }

    public static CertStore certStore() {
        return new CertStore(url(App.CERT_STORE), token(ACME_CLIENT));
    }

    /** A persona's token from the stack's issuer: {@code acme-client}, {@code acme-reader}, … */
    public static String token(String persona) {
        return stack().tokens().token(persona);
    }

    public static Sandbox sandbox() {
        return new Sandbox(url(App.SECTIGO_SANDBOX));
    }

    public static Evidence evidence() {
        return new Evidence(stack());
    }

    public static Mailbox mailbox() {
        return new Mailbox(stack().smtp());
    }
}
