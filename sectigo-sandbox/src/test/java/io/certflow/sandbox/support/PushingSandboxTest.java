package io.certflow.sandbox.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** An HTTP test that receives the sandbox's pushes on a listener of its own, one per test class. */
public abstract class PushingSandboxTest extends SandboxTest {

    protected static PushListener listener;

    @BeforeAll
    static void startListener() {
        listener = new PushListener();
    }

    @AfterAll
    static void stopListener() {
        listener.close();
    }

    /** Forgets earlier pushes and points the account's pushes at the listener. */
    protected void pushToListener(boolean certificatePush) {
        listener.clear();
        setAccount("{\"pushUrl\":\"" + listener.url() + "\",\"certificatePush\":" + certificatePush + "}");
    }
}
