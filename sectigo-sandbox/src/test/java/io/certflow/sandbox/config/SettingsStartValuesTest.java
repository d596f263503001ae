package io.certflow.sandbox.config;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The new switches start from their environment variables (names as in application.yml). */
class SettingsStartValuesTest {

    @Test
    void shouldStartFromEnvironmentVariablesWhenTheyAreSet() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("SANDBOX_MANUAL_CALLBACK", "true",
                "SANDBOX_SMIME_PUSH", "false", "SANDBOX_CAA_DENIED_DOMAINS", "*.Denied.Example, .other.test,"),
                "settings-test")) {
            Settings settings = context.getBean(RuntimeSettings.class).get();

            assertThat(settings.manualCallback()).isTrue();
            assertThat(settings.smimePush()).isFalse();
            assertThat(settings.caaDeniedDomains()).containsExactly("denied.example", "other.test");
        }
    }

    @Test
    void shouldKeepTodaysBehaviourWhenNothingIsSet() {
        try (ApplicationContext context = ApplicationContext.run("settings-test")) {
            Settings settings = context.getBean(RuntimeSettings.class).get();

            assertThat(settings.manualCallback()).isFalse();
            assertThat(settings.smimePush()).isTrue();
            assertThat(settings.caaDeniedDomains()).isEmpty();
        }
    }

    @Test
    void shouldKeepOtherSwitchesWhenChangeNamesOnlyOne() {
        RuntimeSettings settings = new RuntimeSettings(new SandboxProperties(false, true,
                java.time.Duration.ofSeconds(2), 0, java.time.Duration.ofSeconds(1), null, false, null, null));

        Settings changed = settings.change(new Settings(null, null, null, null, null, true, null,
                java.util.List.of("a.example")));

        assertThat(changed.manualCallback()).isTrue();
        assertThat(changed.smimePush()).isTrue();
        assertThat(changed.autoValidate()).isTrue();
        assertThat(changed.caaDeniedDomains()).containsExactly("a.example");
        settings.reset();
        assertThat(settings.get().caaDeniedDomains()).isEmpty();
    }
}
