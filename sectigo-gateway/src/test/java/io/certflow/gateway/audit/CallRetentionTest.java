package io.certflow.gateway.audit;

import io.certflow.gateway.support.GatewayTestContext;
import io.certflow.messaging.retention.RetentionJob;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CallRetentionTest extends GatewayTestContext {

    private static final String PARAMETERS = """
            {"loginName":"certflow-reseller","loginPassword":"***","csr":"-----BEGIN CERTIFICATE REQUEST-----",\
            "firstName":"Ada","telephoneNumber":"+49 30 123"}""";

    @Inject
    RetentionJob job;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    protected String database() {
        return "sectigo_gateway_retention";
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("certflow.retention.initial-delay", "1h");
    }

    @Test
    void shouldScrubTheBodiesButKeepTheCallWhenItIsPastTheRetention() {
        long old = call("errorCode=-7\nerrorMessage=Ada Lovelace is not allowed", "91 days");
        long recent = call("errorCode=0\norderNumber=1", "89 days");

        Map<String, Long> first = job.runOnce();
        Map<String, Long> second = job.runOnce();

        assertThat(first).containsEntry("sectigo_call", 1L);
        assertThat(second).containsEntry("sectigo_call", 0L);
        assertThat(scalar("SELECT parameters FROM sectigo_call WHERE id = " + old)).isEqualTo("""
                {"csr": "removed", "firstName": "removed", "loginName": "removed", "loginPassword": "removed", \
                "telephoneNumber": "removed"}""");
        assertThat(scalar("SELECT response_body FROM sectigo_call WHERE id = " + old)).isEqualTo("errorCode=-7");
        assertThat(scalar("SELECT concat_ws('|', endpoint, http_status, duration_ms, error) FROM sectigo_call"
                + " WHERE id = " + old)).isEqualTo("PlaceOrder|200|120|none");
        assertThat(scalar("SELECT parameters FROM sectigo_call WHERE id = " + recent)).isEqualTo(PARAMETERS);
        assertThat(scalar("SELECT response_body FROM sectigo_call WHERE id = " + recent))
                .isEqualTo("errorCode=0\norderNumber=1");
    }

    private long call(String response, String age) {
        return transactions.executeWrite(status -> jdbc.prepareStatement("""
                INSERT INTO sectigo_call (order_id, endpoint, parameters, http_status, response_body, duration_ms,
                                          error, called_at)
                VALUES (gen_random_uuid(), 'PlaceOrder', ?, 200, ?, 120, 'none', now() - CAST(? AS interval))
                RETURNING id""", statement -> {
            statement.setString(1, PARAMETERS);
            statement.setString(2, response);
            statement.setString(3, age);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }));
    }
}
