package io.certflow.sandbox.ca;

import io.certflow.sandbox.csr.Pem;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/** The sandbox's root → intermediate chain; see {@link CaProperties} for where it comes from. */
@Singleton
public class CertificateAuthority {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateAuthority.class);

    private final CaKeys root;
    private final CaKeys intermediate;

    public CertificateAuthority(CaProperties properties) {
        try {
            List<CaKeys> keys = loadOrCreate(properties.directory());
            root = keys.get(0);
            intermediate = keys.get(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot set up the sandbox CA", e);
        }
        LOG.info("Sandbox CA root: {}", root.certificate().getSubjectX500Principal());
    }

    private static List<CaKeys> loadOrCreate(String directory) throws Exception {
        CaFiles files = directory == null || directory.isBlank() ? null : new CaFiles(Path.of(directory));
        if (files != null) {
            Optional<CaKeys> root = files.load("root");
            Optional<CaKeys> intermediate = files.load("intermediate");
            if (root.isPresent() && intermediate.isPresent()) {
                return List.of(root.get(), intermediate.get());
            }
        }
        CaKeys root = CaGenerator.root();
        CaKeys intermediate = CaGenerator.intermediate(root);
        if (files != null) {
            files.save("root", root);
            files.save("intermediate", intermediate);
        }
        return List.of(root, intermediate);
    }

    public CaKeys issuer() {
        return intermediate;
    }

    public X509Certificate rootCertificate() {
        return root.certificate();
    }

    /** Intermediate first, then the root, as a TLS server sends them. */
    public List<X509Certificate> chain() {
        return List.of(intermediate.certificate(), root.certificate());
    }

    public String rootPem() {
        return pem(root.certificate());
    }

    public String chainPem() {
        return pem(intermediate.certificate()) + pem(root.certificate());
    }

    public static String pem(X509Certificate certificate) {
        try {
            return Pem.encode("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
