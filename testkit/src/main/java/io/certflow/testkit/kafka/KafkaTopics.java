package io.certflow.testkit.kafka;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/** Topic creation shared by the embedded and the container broker. */
public final class KafkaTopics {

    private static final long TIMEOUT_SECONDS = 30;

    private KafkaTopics() {
    }

    /**
     * Replication factor 1. A topic that already exists with fewer partitions gets more (Kafka cannot take
     * any away), so a kept broker follows a raised count; keys then map to other partitions, which only
     * matters for records not yet consumed.
     */
    public static void create(String bootstrapServers, int partitions, String... topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var result = admin.createTopics(Arrays.stream(topics)
                    .map(topic -> new NewTopic(topic, partitions, (short) 1))
                    .toList());
            // Only a topic that existed before can have too few partitions; describing one just created
            // may race its metadata (UnknownTopicOrPartition), so those are left alone.
            String[] existing = result.values().entrySet().stream()
                    .filter(created -> !awaitCreated(created.getKey(), created.getValue()))
                    .map(Map.Entry::getKey).toArray(String[]::new);
            if (existing.length > 0) {
                raise(admin, partitions, existing);
            }
        }
    }

    private static void raise(Admin admin, int partitions, String... topics) {
        try {
            Map<String, NewPartitions> raised = new HashMap<>();
            admin.describeTopics(Arrays.asList(topics)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .forEach((topic, description) -> {
                        if (description.partitions().size() < partitions) {
                            raised.put(topic, NewPartitions.increaseTo(partitions));
                        }
                    });
            if (!raised.isEmpty()) {
                admin.createPartitions(raised).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot raise the partitions of " + Arrays.toString(topics) + " to "
                    + partitions, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while raising partitions", e);
        }
    }

    /** True when the topic was created now, false when it existed already. */
    private static boolean awaitCreated(String topic, KafkaFuture<Void> creation) {
        try {
            creation.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic, e.getCause());
            }
            return false;
        } catch (TimeoutException e) {
            throw new IllegalStateException("topic " + topic + " not created within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        }
    }
}
