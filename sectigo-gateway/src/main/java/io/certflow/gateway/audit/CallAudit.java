package io.certflow.gateway.audit;

import io.certflow.gateway.sectigo.CallResult;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps every Sectigo call. Any parameter whose name contains "password" is stored as {@code ***}
 * (docs/architecture.md, "Security rules"). The row commits on its own, so a call is on record even
 * when the outcome's transaction later fails.
 */
@Singleton
public class CallAudit {

    static final String REDACTED = "***";

    private final AuditedCallRepository calls;
    private final ObjectMapper json;
    private final Clock clock;

    public CallAudit(AuditedCallRepository calls, ObjectMapper json, Clock clock) {
        this.calls = calls;
        this.json = json;
        this.clock = clock;
    }

    public void record(UUID orderId, String endpoint, Map<String, String> parameters, CallResult result,
                       Duration duration) {
        calls.save(new AuditedCall(null, orderId, endpoint, toJson(redact(parameters)), result.httpStatus(),
                result.body(), duration.toMillis(), result.transportError(), clock.instant()));
    }

    static Map<String, String> redact(Map<String, String> parameters) {
        Map<String, String> safe = new LinkedHashMap<>();
        parameters.forEach((name, value) ->
                safe.put(name, name.toLowerCase(Locale.ROOT).contains("password") ? REDACTED : value));
        return safe;
    }

    private String toJson(Map<String, String> parameters) {
        try {
            return json.writeValueAsString(parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
