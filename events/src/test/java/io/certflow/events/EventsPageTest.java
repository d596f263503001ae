package io.certflow.events;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps {@code docs/events.md} in step with the golden files: its examples are those files. */
class EventsPageTest {

    private static String page;

    @BeforeAll
    static void load() throws IOException {
        page = Files.readString(Path.of("../docs/events.md"));
    }

    static List<String> topics() {
        return EventContractTest.topicConstants();
    }

    @ParameterizedTest
    @MethodSource("topics")
    void shouldShowTheGoldenFileWhenDescribingATopic(String topic) {
        assertThat(page).contains("## `" + topic + "`");
        assertThat(page).contains("```json\n" + Golden.json(topic) + "```");
    }
}
