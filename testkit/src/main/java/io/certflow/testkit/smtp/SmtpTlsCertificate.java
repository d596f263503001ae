package io.certflow.testkit.smtp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A self-signed server certificate for {@code 127.0.0.1} and {@code localhost}, made with the JDK's
 * keytool: GreenMail's own certificate names no host, so a client that checks the server's name (as
 * the notifier always does) would refuse it. {@link #keyStore()} is the server's key,
 * {@link #trustStore()} the certificate alone, for the client.
 */
public record SmtpTlsCertificate(Path keyStore, Path trustStore, String password) {

    private static final String ALIAS = "certflow-test-smtp";

    /** Writes both stores (PKCS12) into a new temporary directory. */
    public static SmtpTlsCertificate create() {
        try {
            Path directory = Files.createTempDirectory("certflow-smtp-tls");
            SmtpTlsCertificate certificate = new SmtpTlsCertificate(directory.resolve("server.p12"),
                    directory.resolve("trust.p12"), "changeit");
            Path exported = directory.resolve("server.crt");
            certificate.keytool("-genkeypair", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                    "-keystore", certificate.keyStore.toString());
            certificate.keytool("-exportcert", "-rfc", "-file", exported.toString(),
                    "-keystore", certificate.keyStore.toString());
            certificate.keytool("-importcert", "-noprompt", "-file", exported.toString(),
                    "-keystore", certificate.trustStore.toString());
            return certificate;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the SMTP test certificate", e);
        }
    }

    private void keytool(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString(), "-alias", ALIAS, "-storetype", "PKCS12", "-storepass", password));
        command.addAll(List.of(arguments));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(keytool.getInputStream().readAllBytes());
            if (keytool.waitFor() != 0) {
                throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keytool ran", e);
        }
    }
}
