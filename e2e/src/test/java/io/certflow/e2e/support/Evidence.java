package io.certflow.e2e.support;

import io.certflow.devstack.Stack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Read-only looks behind the APIs, for what an API cannot show: that nothing was stored or sent. */
public final class Evidence {

    private final Stack stack;

    public Evidence(Stack stack) {
        this.stack = stack;
    }

    /** Rows of {@code table} in a service's database where {@code column} equals {@code value}. */
    public long rows(String database, String table, String column, String value) {
        String sql = "SELECT count(*) FROM " + table + " WHERE " + column + " = ?";
        try (Connection connection = DriverManager.getConnection(stack.postgres().jdbcUrl(database),
                stack.postgres().username(), stack.postgres().password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Every record value on {@code topic} from the beginning to the current end of each partition. */
    public List<String> values(String topic) {
        return records(topic).stream().map(ConsumerRecord::value).toList();
    }

    /** Every record on {@code topic} as text: key, value and each header's name and value. */
    public List<String> recordTexts(String topic) {
        return records(topic).stream().map(record -> {
            StringBuilder text = new StringBuilder().append(record.key()).append('\n').append(record.value());
            for (Header header : record.headers()) {
                text.append('\n').append(header.key()).append('=')
                        .append(header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
            }
            return text.toString();
        }).toList();
    }

    /** Every topic on the broker, the broker's own internal ones aside. */
    public Set<String> topics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafka().bootstrapServers()))) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list the topics", e);
        }
    }

    /** Every row of every table of a service's database, each as PostgreSQL's text form of the row. */
    public List<String> allRows(String database) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(stack.postgres().jdbcUrl(database),
                stack.postgres().username(), stack.postgres().password())) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = connection.createStatement().executeQuery(
                    "SELECT quote_ident(table_name) FROM information_schema.tables WHERE table_schema = 'public'")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet result = connection.createStatement().executeQuery(
                        "SELECT t::text FROM " + table + " t")) {
                    while (result.next()) {
                        rows.add(table + ": " + result.getString(1));
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + database, e);
        }
    }

    private List<ConsumerRecord<String, String>> records(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }
}
