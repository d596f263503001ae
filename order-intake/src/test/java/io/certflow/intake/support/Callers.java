package io.certflow.intake.support;

import io.certflow.access.Caller;
import io.certflow.testkit.auth.Personas;

import java.util.Optional;

/** The personas as the application methods see them, for tests that call those methods directly. */
public final class Callers {

    public static final Caller ACME = new Caller(Personas.ACME_CLIENT.subject(), Optional.of("acme"), false);
    public static final Caller GLOBEX = new Caller(Personas.GLOBEX_CLIENT.subject(), Optional.of("globex"), false);
    public static final Caller OPERATOR = new Caller(Personas.OPERATOR.subject(), Optional.empty(), true);

    private Callers() {
    }
}
