package io.certflow.webhook.push;

import io.certflow.webhook.support.Certificates;
import io.certflow.webhook.support.PushTestContext;
import io.certflow.webhook.support.Pushes;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real database failure inside the push's transaction: a trigger makes PostgreSQL refuse the
 * outbox insert. Its own database, so the trigger touches no other test.
 */
@MicronautTest(transactional = false)
class PushFailureTest extends PushTestContext {

    @Override
    protected String database() {
        return "webhook_receiver_failure";
    }

    @AfterEach
    void repairOutbox() {
        execute("DROP TRIGGER IF EXISTS refuse_outbox ON messaging_outbox");
    }

    @Test
    void shouldAnswer500AndKeepNothingWhenStoringFailsThenAcceptSectigosRetry() {
        execute("""
                CREATE OR REPLACE FUNCTION refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'outbox unavailable (test)'; END; $$""");
        execute("CREATE TRIGGER refuse_outbox BEFORE INSERT ON messaging_outbox "
                + "FOR EACH ROW EXECUTE FUNCTION refuse_outbox()");
        Pushes push = Pushes.issued(Certificates.chainFor("failure.example.com"));
        UUID orderId = placed(push.orderNumber());

        HttpResponse<String> failed = sectigo().post(PATH, push.encoded());

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).doesNotContain("outbox unavailable");
        assertThat(rows("received_push WHERE sectigo_order_number = '" + push.orderNumber() + "'")).isZero();

        repairOutbox();
        HttpResponse<String> retried = sectigo().post(PATH, push.encoded());

        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(rows("received_push WHERE sectigo_order_number = '" + push.orderNumber() + "'")).isEqualTo(1);
        assertThat(rows("messaging_outbox WHERE record_key = '" + orderId + "'")).isEqualTo(2);
    }
}
