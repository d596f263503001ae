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

    private SystemUnderTest() {
    }

    public static Stack stack() {
        return STACK.get();
    }

    public static String url(App app) {
        return stack().baseUrl(app);
    }

    public static Intake intake() {
        return new Intake(url(App.ORDER_INTAKE));
    }

    public static CertStore certStore() {
        return new CertStore(url(App.CERT_STORE));
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
