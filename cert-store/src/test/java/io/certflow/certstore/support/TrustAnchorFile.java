package io.certflow.certstore.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The test CA's root as a PEM file, configured the way an operator sets TRUST_ANCHOR_PEM. */
public final class TrustAnchorFile {

    private static final Path FILE = write();

    private TrustAnchorFile() {
    }

    /** The testkit's properties for the database plus the trust anchor file. */
    public static Map<String, String> withInfrastructure(Map<String, String> infrastructure) {
        Map<String, String> properties = new HashMap<>(infrastructure);
        properties.put("certflow.cert-store.trust-anchor.pem-file", FILE.toString());
        return properties;
    }

    private static Path write() {
        try {
            Path file = Files.createTempFile("cert-store-trust-anchor", ".pem");
            file.toFile().deleteOnExit();
            return Files.writeString(file, TestCa.TRUSTED.rootPem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
