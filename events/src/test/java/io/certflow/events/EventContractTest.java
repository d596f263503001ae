package io.certflow.events;

import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Locks the wire format: every event against its golden file, with the same Micronaut Serde
 * {@link ObjectMapper} the services and the Kafka serde use.
 */
class EventContractTest {

    private static ApplicationContext context;
    private static ObjectMapper mapper;

    @BeforeAll
    static void startContext() {
        context = ApplicationContext.run();
        mapper = context.getBean(ObjectMapper.class);
    }

    @AfterAll
    static void stopContext() {
        context.close();
    }

    static Stream<Event> samples() {
        return EventMother.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shouldWriteExactlyTheGoldenJsonWhenSerializingTheSample(Event sample) throws IOException {
        String written = mapper.writeValueAsString(sample);

        assertThat(Golden.tree(mapper, written))
                .as("%s as written:%n%s", sample.topic(), written)
                .isEqualTo(Golden.tree(mapper, Golden.json(sample.topic())));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shouldReadTheSampleWhenDeserializingTheGoldenJson(Event sample) throws IOException {
        assertThat(mapper.readValue(Golden.json(sample.topic()), sample.getClass())).isEqualTo(sample);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shouldIgnoreUnknownFieldsWhenAProducerIsNewer(Event sample) throws IOException {
        String newer = withUnknownFields(Golden.json(sample.topic()));

        assertThat(mapper.readValue(newer, sample.getClass())).isEqualTo(sample);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shouldNotWriteTopicOrKeyWhenSerializing(Event sample) throws IOException {
        assertThat(Golden.tree(mapper, mapper.writeValueAsString(sample))).doesNotContainKeys("topic", "key");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shouldCarryTheTopicAsMetadataTypeWhenReadFromTheGoldenFile(Event sample) {
        Map<String, Object> metadata = castToMap(Golden.tree(mapper, Golden.json(sample.topic())).get("metadata"));

        assertThat(metadata.get("type")).isEqualTo(sample.topic());
        assertThat(sample.metadata().type()).isEqualTo(sample.topic());
    }

    @Test
    void shouldHaveOneRecordAndOneGoldenFileWhenATopicIsDeclared() throws Exception {
        List<String> topics = topicConstants();
        Set<Class<?>> eventRecords = eventRecordClasses();
        Map<String, List<Class<?>>> recordsByTopic = samples()
                .collect(Collectors.groupingBy(Event::topic, Collectors.mapping(Object::getClass, Collectors.toList())));

        assertThat(samples().map(Object::getClass).collect(Collectors.toSet()))
                .as("every event record has a sample in EventMother")
                .isEqualTo(eventRecords);
        assertThat(recordsByTopic.keySet()).containsExactlyInAnyOrderElementsOf(topics);
        recordsByTopic.forEach((topic, records) -> assertThat(records).as(topic).hasSize(1));
        assertThat(Golden.fileNames())
                .containsExactlyInAnyOrderElementsOf(topics.stream().map(t -> t + ".json").toList());
    }

    @Test
    void shouldWriteInstantsAsIsoStringsUuidsAsStringsAndEnumsAsNamesWhenSerializing() {
        Map<String, Object> stored = Golden.tree(mapper, Golden.json(Topics.CERTIFICATE_STORED));
        Map<String, Object> metadata = castToMap(stored.get("metadata"));
        Map<String, Object> statusChanged = Golden.tree(mapper, Golden.json(Topics.CERTIFICATE_STATUS_CHANGED));

        assertThat(metadata.get("occurredAt")).isEqualTo("2026-11-22T09:15:30.123456Z");
        assertThat(stored.get("notAfter")).isEqualTo("2027-11-21T23:59:59Z");
        assertThat(metadata.get("eventId")).isEqualTo("0b8f3c1e-5d2a-4c7b-9e1f-2a3b4c5d6e09");
        assertThat(stored.get("orderId")).isEqualTo(EventMother.ORDER_ID.toString());
        assertThat(statusChanged.get("status")).isEqualTo(CertificateStatus.AWAITING_VERIFICATION.name());
        assertThat(statusChanged.get("origin")).isEqualTo(StatusOrigin.PUSH.name());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shouldOmitAbsentFieldsAndWriteEmptyListsWhenSerializing(Event sample) throws IOException {
        Map<String, Object> tree = Golden.tree(mapper, mapper.writeValueAsString(sample));

        assertThat(nullPaths(tree, "")).as("absent values are omitted, never written as null").isEmpty();
        assertThat(tree).as("golden file").isEqualTo(Golden.tree(mapper, Golden.json(sample.topic())));
    }

    @Test
    void shouldOmitTheFieldWhenAnOptionalValueIsAbsent() throws IOException {
        OrderRequested sample = EventMother.orderRequested();
        OrderRequested withoutOptionals = new OrderRequested(sample.metadata(), sample.orderId(), null, sample.order(),
                null);

        Map<String, Object> tree = Golden.tree(mapper, mapper.writeValueAsString(withoutOptionals));

        assertThat(tree).doesNotContainKeys("requestId", "replacesOrderId", "channel", "facts", "tenant")
                .containsKeys("orderId", "order");
        assertThat(nullPaths(tree, "")).isEmpty();
    }

    @Test
    void shouldReadAnOrderRequestedWithoutFactsWhenWrittenBeforeTheField() throws IOException {
        Map<String, Object> tree = new LinkedHashMap<>(Golden.tree(mapper, Golden.json(Topics.ORDER_REQUESTED)));
        tree.remove("facts");

        OrderRequested old = mapper.readValue(mapper.writeValueAsString(tree), OrderRequested.class);

        assertThat(old.facts()).isNull();
        assertThatThrownBy(old::requireFacts).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("facts");
    }

    @Test
    void shouldReadAnOrderRequestedWithoutTenantWhenWrittenBeforeTheField() throws IOException {
        Map<String, Object> tree = new LinkedHashMap<>(Golden.tree(mapper, Golden.json(Topics.ORDER_REQUESTED)));
        tree.remove("tenant");

        OrderRequested old = mapper.readValue(mapper.writeValueAsString(tree), OrderRequested.class);

        assertThat(old.tenant()).isNull();
        assertThat(old.forTenant("acme")).isEqualTo(EventMother.orderRequested());
    }

    @Test
    void shouldReadExplicitNullsAndMissingListsAsAbsentWhenAProducerWritesThem() throws IOException {
        Map<String, Object> tree = new LinkedHashMap<>(Golden.tree(mapper, Golden.json(Topics.ORDER_REQUESTED)));
        tree.put("requestId", null);
        Map<String, Object> order = new LinkedHashMap<>(castToMap(tree.get("order")));
        Map<String, Object> dcv = new LinkedHashMap<>(castToMap(order.get("dcv")));
        dcv.remove("emailAddresses");
        order.put("dcv", dcv);
        tree.put("order", order);

        OrderRequested sample = EventMother.orderRequested();

        assertThat(mapper.readValue(mapper.writeValueAsString(tree), OrderRequested.class)).isEqualTo(
                new OrderRequested(sample.metadata(), sample.orderId(), null, sample.order(), sample.replacesOrderId(),
                        sample.revokeReplaced(), sample.channel(), sample.facts(), sample.tenant()));
    }

    @Test
    void shouldRefuseTheEventWhenARequiredFieldIsMissing() {
        Map<String, Object> tree = new LinkedHashMap<>(Golden.tree(mapper, Golden.json(Topics.ORDER_PLACED)));
        tree.remove("sectigoOrderNumber");

        assertThatThrownBy(() -> mapper.readValue(mapper.writeValueAsString(tree), OrderPlaced.class))
                .hasStackTraceContaining("sectigoOrderNumber");
    }

    @Test
    void shouldRefuseTheEventWhenMetadataTypeIsAnotherTopic() {
        String json = Golden.json(Topics.ORDER_FAILED).replace(Topics.ORDER_FAILED, Topics.ORDER_PLACED);

        assertThatThrownBy(() -> mapper.readValue(json, OrderFailed.class)).hasStackTraceContaining("metadata.type");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shouldWriteTheSameJsonWhenTheServiceChangesSerdeDefaults(Event sample) throws IOException {
        Map<String, Object> hostile = Map.of(
                "micronaut.serde.time-write-shape", "INTEGER",
                "micronaut.serde.numeric-time-unit", "MILLISECONDS",
                "micronaut.serde.write-dates-as-timestamps", true,
                "micronaut.serde.date-format", "yyyy-MM-dd",
                "micronaut.serde.serialization.inclusion", "ALWAYS",
                "micronaut.serde.deserialization.ignore-unknown", false);
        try (ApplicationContext other = ApplicationContext.run(hostile)) {
            ObjectMapper otherMapper = other.getBean(ObjectMapper.class);
            assertThat(Golden.tree(mapper, otherMapper.writeValueAsString(sample)))
                    .isEqualTo(Golden.tree(mapper, Golden.json(sample.topic())));
            assertThat(otherMapper.readValue(withUnknownFields(Golden.json(sample.topic())), sample.getClass()))
                    .isEqualTo(sample);
        }
    }

    @Test
    void shouldWriteTheGoldenJsonWhenUsedOutsideAnApplicationContext() throws Exception {
        // ObjectMapper.getDefault() sees only io.micronaut.serde beans, not IsoInstantSerde: tools
        // without an application context create their mapper with this package instead.
        try (ObjectMapper.CloseableObjectMapper standalone = ObjectMapper.create(Map.of(), "io.certflow.events")) {
            for (Event sample : EventMother.all()) {
                assertThat(Golden.tree(mapper, standalone.writeValueAsString(sample))).as(sample.topic())
                        .isEqualTo(Golden.tree(mapper, Golden.json(sample.topic())));
                assertThat(standalone.readValue(Golden.json(sample.topic()), sample.getClass())).isEqualTo(sample);
            }
        }
    }

    @Test
    void shouldStampTheTopicAndCorrelationWhenBuiltByTheFactory() {
        OrderFailed failed = OrderFailed.of("sectigo-gateway", EventMother.ORDER_ID, FailureReason.UNKNOWN, "boom",
                null, "-99");

        assertThat(failed.metadata().type()).isEqualTo(Topics.ORDER_FAILED);
        assertThat(failed.metadata().correlationId()).isEqualTo(EventMother.ORDER_ID.toString());
        assertThat(failed.metadata().occurredAt()).isBeforeOrEqualTo(Instant.now());
        assertThat(failed.key()).isEqualTo(EventMother.ORDER_ID.toString());
    }

    @Test
    void shouldNotShareMutableListsWhenBuiltFromAMutableList() {
        List<String> names = new ArrayList<>(List.of("shop.example.com"));
        CertificateExpiring expiring = CertificateExpiring.of("cert-store", EventMother.ORDER_ID,
                UUID.randomUUID(), "shop.example.com", names, Instant.now(), 29, 30);
        names.add("evil.example.com");

        assertThat(expiring.subjectAlternativeNames()).containsExactly("shop.example.com");
        assertThatThrownBy(() -> expiring.subjectAlternativeNames().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    static List<String> topicConstants() {
        return Arrays.stream(Topics.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .filter(f -> !f.getName().equals("DEAD_LETTER_SUFFIX"))
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Every record of the events package (main classes only) that implements {@link Event}. */
    static Set<Class<?>> eventRecordClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(Event.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path pkg = classes.resolve(Event.class.getPackageName().replace('.', '/'));
        Function<Path, Class<?>> load = p -> {
            String name = p.getFileName().toString().replace(".class", "");
            try {
                return Class.forName(Event.class.getPackageName() + "." + name);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        };
        try (Stream<Path> files = Files.list(pkg)) {
            return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .map(load)
                    .filter(c -> c.isRecord() && Event.class.isAssignableFrom(c))
                    .collect(Collectors.toSet());
        }
    }

    /**
     * The JSON with fields a newer producer might add, at the top and inside {@code metadata}; edited as
     * text so that numbers keep their exact form.
     */
    private static String withUnknownFields(String json) {
        String added = json.replaceFirst("\\{", "{\"addedInAFutureMinor\": {\"nested\": [1, 2, 3], \"flag\": true},");
        return added.replaceFirst("\"metadata\": \\{", "\"metadata\": {\"traceParent\": \"00-4bf92f3577b34da6-01\",");
    }

    private static List<String> nullPaths(Object node, String path) {
        List<String> found = new ArrayList<>();
        if (node == null) {
            found.add(path);
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> found.addAll(nullPaths(v, path + "." + k)));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                found.addAll(nullPaths(list.get(i), path + "[" + i + "]"));
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castToMap(Object node) {
        return (Map<String, Object>) node;
    }
}
