package io.certflow.testkit.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;

/**
 * A self-signed server certificate for {@code 127.0.0.1} and {@code localhost}, made with the JDK's
 * keytool, so a client that checks the server's name (as certflow's clients do) accepts it once it
 * trusts the certificate itself. {@link #keyStore()} is the server's key, {@link #trustStore()} the
 * certificate alone, for the client; both PKCS12.
 */
public record LocalhostCertificate(Path keyStore, Path trustStore, String password) {

    private static final String ALIAS = "certflow-test-server";
    /** Public like every test value; the fail-closed check refuses it outside development. */
    private static final String PASSWORD = "changeit";

    /** Writes both stores into a new temporary directory whose name starts with {@code prefix}. */
    public static LocalhostCertificate create(String prefix) {
        try {
            Path directory = Files.createTempDirectory(prefix);
            LocalhostCertificate certificate = new LocalhostCertificate(directory.resolve("server.p12"),
                    directory.resolve("trust.p12"), PASSWORD);
            certificate.keytool("-genkeypair", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                    "-keystore", certificate.keyStore.toString());
            certificate.keytool("-exportcert", "-rfc", "-file", certificate.certificatePem().toString(),
                    "-keystore", certificate.keyStore.toString());
            certificate.keytool("-importcert", "-noprompt", "-file", certificate.certificatePem().toString(),
                    "-keystore", certificate.trustStore.toString());
            return certificate;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the test server certificate", e);
        }
    }

    /** The certificate alone, PEM: the trust anchor for clients that read PEM files. */
    public Path certificatePem() {
        return keyStore.resolveSibling("server.crt");
    }

    /**
     * The server's private key as PKCS#8 PEM, readable by its owner only (PostgreSQL refuses a key
     * file others can read): for servers that read PEM files.
     */
    public Path privateKeyPem() {
        Path pem = keyStore.resolveSibling("server.key");
        if (Files.exists(pem)) {
            return pem;
        }
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            Key key = store.getKey(ALIAS, password.toCharArray());
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.getEncoded());
            Files.createFile(pem, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n");
            return pem;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the key of " + keyStore, e);
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
