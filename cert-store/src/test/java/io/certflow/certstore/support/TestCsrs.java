package io.certflow.certstore.support;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

import java.io.StringWriter;
import java.security.KeyPair;

/** CSRs of the customer's key, as order-intake would have accepted them. */
public final class TestCsrs {

    private TestCsrs() {
    }

    public static String forCustomer(String commonName) {
        return of(TestKeys.CUSTOMER, commonName);
    }

    public static String of(KeyPair keys, String commonName) {
        try {
            var csr = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + commonName), keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(TestKeys.BC)
                            .build(keys.getPrivate()));
            var out = new StringWriter();
            try (var writer = new JcaPEMWriter(out)) {
                writer.writeObject(csr);
            }
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot build a test CSR", e);
        }
    }
}
