package io.certflow.gateway.audit;

import io.certflow.gateway.ca.CallMade;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps every call to the CA, as the adapter publishes it: synchronously, on the calling thread, so
 * the row is written before the caller reads the answer. Any parameter whose name contains "password"
 * is stored as {@code ***} (docs/architecture.md, "Security rules"). The row commits on its own, so a
 * call is on record even when the outcome's transaction later fails.
 */
@Singleton
public class CallAudit implements ApplicationEventListener<CallMade> {

    static final String REDACTED = "***";

    private final AuditedCallRepository calls;
    private final ObjectMapper json;
    private final Clock clock;

    public CallAudit(AuditedCallRepository calls, ObjectMapper json, Clock clock) {
        this.calls = calls;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(CallMade call) {
        calls.save(new AuditedCall(null, call.orderId(), call.operation(), toJson(redact(call.parameters())),
                call.httpStatus(), call.responseBody(), call.duration().toMillis(), call.transportError(),
                clock.instant()));
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
