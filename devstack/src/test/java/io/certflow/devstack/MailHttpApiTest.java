package io.certflow.devstack;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.certflow.testkit.smtp.GreenMailSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MailHttpApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private GreenMailSmtp smtp;
    private MailHttpApi api;

    @BeforeEach
    void start() {
        smtp = GreenMailSmtp.start(0);
        api = MailHttpApi.start(0, smtp);
    }

    @AfterEach
    void stop() {
        api.close();
        smtp.close();
    }

    @Test
    void shouldListToSubjectAndTextWhenMailWasSent() throws Exception {
        send("ada@example.com", "Your certificate for shop.example.com is ready", "Hello Ada");

        List<Map<String, Object>> messages = get("/messages");

        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.get("to")).isEqualTo(List.of("ada@example.com"));
            assertThat(message.get("subject")).isEqualTo("Your certificate for shop.example.com is ready");
            assertThat((String) message.get("text")).contains("Hello Ada");
        });
    }

    @Test
    void shouldKeepOneRecipientsMailWhenFilteredByTo() throws Exception {
        send("ada@example.com", "for Ada", "a");
        send("bob@example.com", "for Bob", "b");

        List<Map<String, Object>> messages = get("/messages?to=bob%40example.com");

        assertThat(messages).extracting(message -> message.get("subject")).containsExactly("for Bob");
    }

    @Test
    void shouldForgetAllMailWhenDeleted() throws Exception {
        send("ada@example.com", "old", "a");

        HttpResponse<Void> deleted = HTTP.send(HttpRequest.newBuilder(uri("/messages")).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(get("/messages")).isEmpty();
    }

    private void send(String to, String subject, String text) {
        GreenMailUtil.sendTextEmail(to, "certflow@example.com", subject, text,
                new ServerSetup(smtp.port(), smtp.host(), ServerSetup.PROTOCOL_SMTP));
    }

    private List<Map<String, Object>> get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return new ObjectMapper().readValue(response.body(), new TypeReference<>() { });
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + api.port() + path);
    }
}
