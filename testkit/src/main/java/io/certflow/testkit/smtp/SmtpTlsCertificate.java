package io.certflow.testkit.smtp;

import io.certflow.testkit.tls.LocalhostCertificate;

import java.nio.file.Path;

/**
 * A server certificate for GreenMail's TLS ports: GreenMail's own certificate names no host, so a
 * client that checks the server's name (as the notifier always does) would refuse it.
 * {@link #keyStore()} is the server's key, {@link #trustStore()} the certificate alone, for the client.
 */
public record SmtpTlsCertificate(Path keyStore, Path trustStore, String password) {

    /** Writes both stores (PKCS12) into a new temporary directory. */
    public static SmtpTlsCertificate create() {
        LocalhostCertificate certificate = LocalhostCertificate.create("certflow-smtp-tls");
        return new SmtpTlsCertificate(certificate.keyStore(), certificate.trustStore(), certificate.password());
    }
}
