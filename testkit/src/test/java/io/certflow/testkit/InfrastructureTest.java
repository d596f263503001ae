package io.certflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InfrastructureTest {

    @Test
    void shouldStartEachComponentOnceWhenManyThreadsAskAtOnce() {
        assertThat(concurrently(Infrastructure::kafka)).hasSize(1);
        assertThat(concurrently(Infrastructure::postgres)).hasSize(1);
        assertThat(concurrently(Infrastructure::smtp)).hasSize(1);
    }

    @Test
    void shouldPointMicronautAtKafkaAndTheNamedDatabaseWhenPropertiesAreRequested() {
        var properties = Infrastructure.micronautProperties("notifier");

        assertThat(properties)
                .containsEntry("kafka.bootstrap.servers", Infrastructure.kafka().bootstrapServers())
                .containsEntry("datasources.default.url", Infrastructure.postgres().jdbcUrl("notifier"))
                .containsEntry("datasources.default.username", Infrastructure.postgres().username())
                .containsEntry("datasources.default.password", Infrastructure.postgres().password())
                .containsEntry("datasources.default.driver-class-name", "org.postgresql.Driver")
                .containsEntry("datasources.default.dialect", "POSTGRES");
    }

    @Test
    void shouldParseModeIgnoringCaseWhenSetByEnvironmentOrProperty() {
        assertThat(InfraMode.parse(" Embedded ")).isEqualTo(InfraMode.EMBEDDED);
        assertThat(InfraMode.parse("DOCKER")).isEqualTo(InfraMode.DOCKER);
        assertThat(InfraMode.EMBEDDED.useDocker()).isFalse();
    }

    private static <T> List<T> concurrently(Supplier<T> component) {
        List<CompletableFuture<T>> calls = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(component))
                .toList();
        return calls.stream().map(CompletableFuture::join).distinct().toList();
    }
}
