package io.certflow.certstore.verification;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the trust anchors once, at startup ({@link Context}): a store that trusts nothing would
 * quarantine every certificate, so a missing or unreadable anchor stops the service with a message
 * that says what to set.
 */
@Factory
public class TrustAnchorFactory {

    private static final Logger LOG = LoggerFactory.getLogger(TrustAnchorFactory.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Context
    TrustAnchors trustAnchors(TrustAnchorProperties properties) {
        List<X509Certificate> roots = new ArrayList<>();
        if (present(properties.pemFile())) {
            roots.addAll(parse(readFile(properties.pemFile()), "TRUST_ANCHOR_PEM file " + properties.pemFile()));
        }
        if (present(properties.url())) {
            roots.addAll(parse(fetch(properties.url()), "TRUST_ANCHOR_URL " + properties.url()));
        }
        if (roots.isEmpty()) {
            throw new IllegalStateException("cert-store has no trust anchor: set TRUST_ANCHOR_PEM (path of a PEM file "
                    + "with one or more root certificates) or TRUST_ANCHOR_URL (a URL serving such a PEM, e.g. "
                    + "http://localhost:8090/sandbox/ca/root.pem)");
        }
        roots.forEach(root -> LOG.info("Trust anchor: {}", root.getSubjectX500Principal()));
        return new TrustAnchors(roots);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String readFile(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read TRUST_ANCHOR_PEM file " + path + ": " + e, e);
        }
    }

    private static String fetch(String url) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(TIMEOUT).build().send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("TRUST_ANCHOR_URL " + url + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot fetch TRUST_ANCHOR_URL " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching TRUST_ANCHOR_URL " + url, e);
        }
    }

    private static List<X509Certificate> parse(String pem, String what) {
        try {
            return Pem.certificates(pem, what);
        } catch (CertificateRejectedException e) {
            throw new IllegalStateException("Cannot use " + what + " as trust anchor: " + e.detail(), e);
        }
    }
}
