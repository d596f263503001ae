package io.certflow.devstack;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalTokensTest {

    @TempDir
    Path workDir;

    @Test
    void shouldWriteATokenPerPersonaForItsOwnerOnlyWhenTheStackStarts() throws Exception {
        StackSettings settings = StackSettings.local(workDir, Map.of("DEVSTACK_PORT_OFFSET", "31000"));

        try (LocalTokens tokens = LocalTokens.start(settings)) {
            Map<String, String> written = new ObjectMapper().readValue(settings.tokensFile().toFile(),
                    new TypeReference<>() { });

            assertThat(settings.tokensFile()).isEqualTo(workDir.resolve(".devstack/tokens.json"));
            assertThat(written).containsOnlyKeys("acme-client", "acme-reader", "globex-client", "operator");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(settings.tokensFile())))
                    .isEqualTo("rw-------");
            var acme = SignedJWT.parse(written.get("acme-client")).getJWTClaimsSet();
            assertThat(acme.getIssuer()).isEqualTo("http://localhost:" + (8089 + 31000));
            assertThat(acme.getStringClaim("tenant")).isEqualTo("acme");
            assertThat(tokens.token("globex-client")).isEqualTo(written.get("globex-client"));
        }
    }
}
