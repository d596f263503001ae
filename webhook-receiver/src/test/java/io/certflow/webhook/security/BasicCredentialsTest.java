package io.certflow.webhook.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class BasicCredentialsTest {

    private final BasicCredentials credentials = new BasicCredentials("sectigo", "s3cret:with-colon");

    @Test
    void shouldAcceptWhenUsernameAndPasswordMatch() {
        assertThat(credentials.accepts(basic("sectigo:s3cret:with-colon"))).isTrue();
        assertThat(credentials.accepts("basic " + encode("sectigo:s3cret:with-colon"))).isTrue();
    }

    @Test
    void shouldRefuseWhenAnythingDiffers() {
        assertThat(credentials.accepts(basic("sectigo:s3cret"))).isFalse();
        assertThat(credentials.accepts(basic("Sectigo:s3cret:with-colon"))).isFalse();
        assertThat(credentials.accepts(basic("sectigo"))).isFalse();
        assertThat(credentials.accepts("Bearer abc")).isFalse();
        assertThat(credentials.accepts("Basic !!!not-base64")).isFalse();
        assertThat(credentials.accepts(null)).isFalse();
    }

    @Test
    void shouldRefuseEverythingWhenNoPasswordIsConfigured() {
        BasicCredentials unconfigured = new BasicCredentials("sectigo", "");

        assertThat(unconfigured.accepts(basic("sectigo:"))).isFalse();
    }

    private static String basic(String userAndPassword) {
        return "Basic " + encode(userAndPassword);
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
