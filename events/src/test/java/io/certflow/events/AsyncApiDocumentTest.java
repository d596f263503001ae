package io.certflow.events;

import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps {@code docs/asyncapi.yaml} in step with the records and the golden files. */
class AsyncApiDocumentTest {

    static final Path DOCUMENT = Path.of("../docs/asyncapi.yaml");

    private static ApplicationContext context;
    private static ObjectMapper mapper;
    private static Map<String, Object> document;

    @BeforeAll
    static void load() throws IOException {
        context = ApplicationContext.run();
        mapper = context.getBean(ObjectMapper.class);
        try (Reader reader = Files.newBufferedReader(DOCUMENT)) {
            document = new Yaml().load(reader);
        }
    }

    @AfterAll
    static void stopContext() {
        context.close();
    }

    static Stream<Event> samples() {
        return EventMother.all().stream();
    }

    @Test
    void shouldListEveryTopicWhenReadAsAsyncApi3() {
        List<Object> addresses = map(document.get("channels")).values().stream()
                .map(channel -> map(channel).get("address"))
                .toList();

        assertThat(document.get("asyncapi")).isEqualTo("3.0.0");
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(EventContractTest.topicConstants());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shouldDescribeTheGoldenFieldsWhenATopicHasAMessage(Event sample) {
        Map<String, Object> message = messageOf(sample.topic());
        Map<String, Object> payload = resolve(map(message.get("payload")));
        Map<String, Object> golden = Golden.tree(mapper, Golden.json(sample.topic()));

        assertThat(map(payload.get("properties")).keySet()).containsExactlyInAnyOrderElementsOf(golden.keySet());
        assertThat(list(payload.get("required"))).isSubsetOf(golden.keySet());
        assertThat(map(map(map(message.get("bindings")).get("kafka")).get("key"))).containsEntry("type", "string");
        assertThat(map(resolve(map(message.get("headers"))).get("properties")))
                .containsKeys("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time", "ce_subject", "content-type");
    }

    @Test
    void shouldMatchTheRecordsWhenASchemaIsNamedAfterOne() {
        for (Map.Entry<String, Object> entry : map(map(document.get("components")).get("schemas")).entrySet()) {
            Class<?> type = typeNamed(entry.getKey());
            Map<String, Object> schema = map(entry.getValue());
            if (type != null && type.isRecord()) {
                List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
                assertThat(map(schema.get("properties")).keySet()).as(entry.getKey())
                        .containsExactlyInAnyOrderElementsOf(components);
            } else if (type != null && type.isEnum()) {
                List<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
                assertThat(list(schema.get("enum"))).as(entry.getKey()).containsExactlyElementsOf(constants);
            }
        }
    }

    private static Map<String, Object> messageOf(String topic) {
        Map<String, Object> channel = map(document.get("channels")).values().stream()
                .map(AsyncApiDocumentTest::map)
                .filter(c -> topic.equals(c.get("address")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no channel for " + topic));
        Map<String, Object> messages = map(channel.get("messages"));
        assertThat(messages).as("one message type per topic").hasSize(1);
        return resolve(map(messages.values().iterator().next()));
    }

    /** Follows a local {@code $ref} such as {@code #/components/schemas/OrderPlaced}. */
    private static Map<String, Object> resolve(Map<String, Object> node) {
        Object ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        Map<String, Object> target = document;
        for (String part : ref.toString().substring(2).split("/")) {
            target = map(target.get(part));
        }
        return resolve(target);
    }

    private static Class<?> typeNamed(String simpleName) {
        try {
            return Class.forName(Event.class.getPackageName() + "." + simpleName);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        return node == null ? List.of() : (List<Object>) node;
    }
}
