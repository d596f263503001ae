package io.certflow.bench.csr;

import io.certflow.bench.load.CsrFactory;
import io.certflow.intake.csr.CsrParser;
import io.certflow.intake.csr.InvalidCsrException;
import io.certflow.intake.csr.ParsedCsr;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * e. order-intake's CSR validation ({@link CsrParser#parse}: PEM, key rules, signature, names) against
 * the bare minimum any validation must do: decode the PEM, parse the PKCS#10 structure with Bouncy
 * Castle and check its signature with the same provider. Both get the same RSA-2048 CSR as a PEM string.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CsrValidationBenchmark {

    private final JcaContentVerifierProviderBuilder verifiers =
            new JcaContentVerifierProviderBuilder().setProvider(new BouncyCastleProvider());
    private final CsrParser parser = new CsrParser();
    private String pem;

    @Setup
    public void makeCsr() {
        pem = new CsrFactory(1).csr(0, "csr-bench.example.com");
    }

    @Benchmark
    public ParsedCsr certflowCsrParser() throws InvalidCsrException {
        return parser.parse(pem);
    }

    @Benchmark
    public boolean bareParseAndSignatureCheck() throws IOException, OperatorCreationException, PKCSException {
        String body = pem.substring(pem.indexOf('\n') + 1, pem.indexOf("-----END"));
        PKCS10CertificationRequest request = new PKCS10CertificationRequest(Base64.getMimeDecoder().decode(body));
        return request.isSignatureValid(verifiers.build(request.getSubjectPublicKeyInfo()));
    }
}
