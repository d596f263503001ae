package io.certflow.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.certflow.testkit.auth.Personas;
import io.certflow.testkit.auth.TokenIssuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * The stack's token issuer, standing in for the OIDC provider a deployment trusts: order-intake and
 * cert-store check tokens against its JWKS like against any other. At start it writes a token per
 * persona, valid for a day, to {@code tokens.json} in the state directory (readable by its owner
 * only), so that curl, e2e and the benchmarks act as the same callers.
 */
public final class LocalTokens implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TokenIssuer issuer;
    private final Map<String, String> tokens;
    private final Path file;

    private LocalTokens(TokenIssuer issuer, Map<String, String> tokens, Path file) {
        this.issuer = issuer;
        this.tokens = tokens;
        this.file = file;
    }

    static LocalTokens start(StackSettings settings) {
        TokenIssuer issuer = TokenIssuer.start(settings.issuerPort());
        try {
            Map<String, String> tokens = Personas.tokens(issuer);
            Path file = settings.tokensFile();
            write(file, tokens);
            return new LocalTokens(issuer, tokens, file);
        } catch (RuntimeException e) {
            issuer.close();
            throw e;
        }
    }

    public TokenIssuer issuer() {
        return issuer;
    }

    /** A persona's token: {@code acme-client}, {@code acme-reader}, {@code globex-client} or {@code operator}. */
    public String token(String persona) {
        String token = tokens.get(persona);
        if (token == null) {
            throw new IllegalArgumentException("no persona " + persona + "; there are " + tokens.keySet());
        }
        return token;
    }

    public Path file() {
        return file;
    }

    private static void write(Path file, Map<String, String> tokens) {
        try {
            Files.createDirectories(file.getParent());
            Path written = Files.createTempFile(file.getParent(), "tokens", ".json",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            JSON.writerWithDefaultPrettyPrinter().writeValue(written.toFile(), tokens);
            Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    @Override
    public void close() {
        issuer.close();
    }
}
