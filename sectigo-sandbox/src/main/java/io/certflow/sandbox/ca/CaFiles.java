package io.certflow.sandbox.ca;

import io.certflow.sandbox.csr.BouncyCastle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Optional;

/** Reads and writes a CA as {@code <name>.pem} and {@code <name>-key.pem}. */
final class CaFiles {

    private final Path directory;

    CaFiles(Path directory) {
        this.directory = directory;
    }

    Optional<CaKeys> load(String name) throws IOException {
        Path certificate = directory.resolve(name + ".pem");
        Path key = directory.resolve(name + "-key.pem");
        if (!Files.exists(certificate) || !Files.exists(key)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CaKeys(new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER)
                    .getCertificate((X509CertificateHolder) read(certificate)), privateKey(read(key))));
        } catch (java.security.cert.CertificateException e) {
            throw new IOException("Cannot read CA certificate " + certificate, e);
        }
    }

    void save(String name, CaKeys ca) throws IOException {
        Files.createDirectories(directory);
        write(directory.resolve(name + ".pem"), ca.certificate());
        write(directory.resolve(name + "-key.pem"), ca.privateKey());
    }

    private static Object read(Path path) throws IOException {
        try (Reader reader = Files.newBufferedReader(path); PEMParser parser = new PEMParser(reader)) {
            return parser.readObject();
        }
    }

    private static PrivateKey privateKey(Object pem) throws IOException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER);
        return pem instanceof PEMKeyPair pair ? converter.getPrivateKey(pair.getPrivateKeyInfo())
                : converter.getPrivateKey((PrivateKeyInfo) pem);
    }

    private static void write(Path path, Object object) throws IOException {
        try (Writer writer = Files.newBufferedWriter(path); JcaPEMWriter pem = new JcaPEMWriter(writer)) {
            pem.writeObject(object);
        }
    }
}
