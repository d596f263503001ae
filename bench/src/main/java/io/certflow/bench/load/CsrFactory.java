package io.certflow.bench.load;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * RSA-2048 CSRs as customers send them. A key costs ~130 ms to make on the benchmark machine, so a
 * few keys are made once and each signs many CSRs with distinct names; CSRs are made before a
 * measurement starts, never while it runs.
 */
public final class CsrFactory {

    private final List<KeyPair> keys;

    public CsrFactory(int keyCount) {
        this.keys = IntStream.range(0, keyCount).mapToObj(i -> rsa2048()).toList();
    }

    public String csr(int index, String commonName) {
        KeyPair key = keys.get(index % keys.size());
        try {
            var request = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + commonName), key.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate()));
            var out = new StringWriter();
            try (var writer = new JcaPEMWriter(out)) {
                writer.writeObject(request);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign a CSR", e);
        }
    }

    private static KeyPair rsa2048() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
