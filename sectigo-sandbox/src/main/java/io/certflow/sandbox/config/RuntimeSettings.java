package io.certflow.sandbox.config;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** The live behaviour switches, starting from {@link SandboxProperties}. */
@Singleton
public class RuntimeSettings {

    private final SandboxProperties properties;
    private final AtomicReference<Settings> current = new AtomicReference<>();

    public RuntimeSettings(SandboxProperties properties) {
        this.properties = properties;
        reset();
    }

    public void reset() {
        current.set(new Settings(properties.requireHttps(), properties.autoValidate(),
                properties.validationDelay().toMillis(), properties.callLimit(),
                properties.callLimitWindow().toMillis(), properties.manualCallback(),
                !Boolean.FALSE.equals(properties.smimePush()),
                properties.caaDeniedDomains() == null ? List.of() : properties.caaDeniedDomains()));
    }

    public Settings get() {
        return current.get();
    }

    public Settings change(Settings change) {
        return current.updateAndGet(change::over);
    }
}
