package io.certflow.startup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FailClosedRulesTest {

    private static final Requirement PASSWORD = Requirement.secret("DB_PASSWORD", "db.password");
    private static final Requirement SMTP_PASSWORD = Requirement.optionalSecret("SMTP_PASSWORD", "smtp.password");
    private static final Requirement JAAS = Requirement.optionalJaasConfig("JAAS", "kafka.jaas");
    private static final Requirement BASE_URL = Requirement.httpsUrl("BASE_URL", "upstream.base-url");

    private static Optional<String> refusal(List<Requirement> requirements, Map<String, String> values) {
        return FailClosedRules.refusal(requirements, key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void shouldAcceptWhenEverySettingIsSound() {
        assertThat(refusal(List.of(PASSWORD, SMTP_PASSWORD, BASE_URL),
                Map.of("db.password", "s3cr3t-from-vault", "upstream.base-url", "https://secure.example"))).isEmpty();
    }

    @Test
    void shouldNameVariableAndKeyWhenSecretIsMissing() {
        assertThat(refusal(List.of(PASSWORD), Map.of()))
                .hasValue(FailClosedRules.PREFIX + "DB_PASSWORD (db.password) is not set");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void shouldRefuseWhenSecretIsBlank(String blank) {
        assertThat(refusal(List.of(PASSWORD), Map.of("db.password", blank)))
                .hasValueSatisfying(line -> assertThat(line).endsWith("DB_PASSWORD (db.password) is not set"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"certflow", "postgres", "sandbox-secret", "sandbox-password", "push-password",
            "devstack-push-secret", "changeit", " certflow "})
    void shouldRefuseWithoutShowingValueWhenSecretIsDevelopmentDefault(String value) {
        assertThat(refusal(List.of(PASSWORD), Map.of("db.password", value)))
                .hasValueSatisfying(line -> assertThat(line)
                        .endsWith("DB_PASSWORD (db.password) is a known development default")
                        .doesNotContain(": " + value.trim() + " ").doesNotContain("'" + value.trim()));
    }

    @Test
    void shouldAcceptWhenOptionalSecretIsUnset() {
        assertThat(refusal(List.of(SMTP_PASSWORD), Map.of())).isEmpty();
    }

    @Test
    void shouldRefuseWhenOptionalSecretIsDevelopmentDefault() {
        assertThat(refusal(List.of(SMTP_PASSWORD), Map.of("smtp.password", "certflow")))
                .hasValue(FailClosedRules.PREFIX + "SMTP_PASSWORD (smtp.password) is a known development default");
    }

    @Test
    void shouldRefuseWithoutShowingValueWhenJaasPasswordIsDevelopmentDefault() {
        String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"certflow\" password = \"certflow\";";
        assertThat(refusal(List.of(JAAS), Map.of("kafka.jaas", jaas)))
                .hasValue(FailClosedRules.PREFIX + "JAAS (kafka.jaas) has a known development default as its password");
    }

    @Test
    void shouldAcceptWhenJaasPasswordIsSoundOrJaasIsUnset() {
        String jaas = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"certflow\" password=\"x9-from-vault\";";
        assertThat(refusal(List.of(JAAS), Map.of("kafka.jaas", jaas))).isEmpty();
        assertThat(refusal(List.of(JAAS), Map.of())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8090", "ftp://secure.example", "secure.example", ""})
    void shouldRefuseWhenUrlIsNotHttps(String url) {
        assertThat(refusal(List.of(BASE_URL), Map.of("upstream.base-url", url)))
                .hasValue(FailClosedRules.PREFIX + "BASE_URL (upstream.base-url) is not an https:// URL");
    }

    @Test
    void shouldRefuseWhenUrlIsUnset() {
        assertThat(refusal(List.of(BASE_URL), Map.of())).isPresent();
    }

    @Test
    void shouldNameEverySettingInOneLineWhenSeveralAreWrong() {
        assertThat(refusal(List.of(PASSWORD, BASE_URL), Map.of("upstream.base-url", "http://x")))
                .hasValue(FailClosedRules.PREFIX + "DB_PASSWORD (db.password) is not set; "
                        + "BASE_URL (upstream.base-url) is not an https:// URL")
                .hasValueSatisfying(line -> assertThat(line).doesNotContain("\n"));
    }
}
