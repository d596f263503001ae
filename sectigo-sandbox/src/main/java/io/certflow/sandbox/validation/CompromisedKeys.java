package io.certflow.sandbox.validation;

import io.certflow.sandbox.config.SandboxProperties;
import io.certflow.sandbox.protocol.Errors;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Keys answered with -40: SHA-256 (hex, lower case) of the SubjectPublicKeyInfo DER. */
@Singleton
public class CompromisedKeys {

    private final SandboxProperties properties;
    private final Set<String> fingerprints = ConcurrentHashMap.newKeySet();

    public CompromisedKeys(SandboxProperties properties) {
        this.properties = properties;
        reset();
    }

    public void reset() {
        fingerprints.clear();
        List<String> configured = properties.compromisedKeys() == null ? List.of() : properties.compromisedKeys();
        configured.stream().map(String::trim).filter(f -> !f.isEmpty()).map(String::toLowerCase)
                .forEach(fingerprints::add);
    }

    public void add(String fingerprint) {
        fingerprints.add(fingerprint.trim().toLowerCase());
    }

    public Collection<String> all() {
        return List.copyOf(fingerprints);
    }

    public void check(String keyFingerprint) {
        if (fingerprints.contains(keyFingerprint)) {
            throw Errors.compromisedKey();
        }
    }
}
