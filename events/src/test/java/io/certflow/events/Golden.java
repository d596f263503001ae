package io.certflow.events;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Access to the golden files and to JSON trees, for the contract tests. */
final class Golden {

    static final Path DIR = Path.of("src/test/resources/golden");
    static final Argument<Map<String, Object>> TREE = Argument.mapOf(String.class, Object.class);

    private Golden() {
    }

    static Path file(String topic) {
        return DIR.resolve(topic + ".json");
    }

    static String json(String topic) {
        try {
            return Files.readString(file(topic));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> tree(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, TREE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fileNames() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
