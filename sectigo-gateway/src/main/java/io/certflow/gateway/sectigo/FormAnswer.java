package io.certflow.gateway.sectigo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.uri.QueryStringDecoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The URL-encoded answer of one call, or why there is none: no answer at all (transient), an HTTP
 * status other than 2xx, or a body that is not a form. Sectigo's {@code errorCode} is left to the
 * caller, since what it means differs per endpoint. Decoded by Micronaut's own form decoder, every
 * value of every name in order (CollectSSL repeats {@code caCertificate} once per CA certificate).
 */
record FormAnswer(Map<String, List<String>> fields, @Nullable SectigoError failure) {

    /** WebHostReport's indexed keys grow with its results; this only stops a runaway answer. */
    private static final int MAX_FIELDS = 10_000;

    /** @throws IllegalArgumentException for a malformed %-escape */
    static FormAnswer parse(String body) {
        QueryStringDecoder form = new QueryStringDecoder(body.strip(), StandardCharsets.UTF_8, false, MAX_FIELDS);
        return new FormAnswer(form.parameters(), null);
    }

    static FormAnswer of(CallResult call) {
        if (call.transportError() != null) {
            return new FormAnswer(Map.of(), SectigoError.transientFailure("no answer from Sectigo: "
                    + call.transportError()));
        }
        if (!call.answered()) {
            return new FormAnswer(Map.of(), ErrorClassifier.classifyHttpStatus(call.httpStatus()));
        }
        FormAnswer answer = parse(call.body());
        if (answer.fields().isEmpty()) {
            return new FormAnswer(Map.of(), SectigoError.transientFailure("unreadable Sectigo answer: empty"));
        }
        return answer;
    }

    boolean failed() {
        return failure != null;
    }

    @Nullable
    String first(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    /** The first value exactly as sent (a PEM keeps its final line break); null when absent or blank. */
    @Nullable
    String asSent(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** Sectigo's {@code errorCode}; {@code absent} when the answer has none (PlaceOrder's success). */
    int errorCode(int absent) {
        String code = first("errorCode");
        if (code == null) {
            return absent;
        }
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            throw new UnreadableAnswerException("errorCode is not a number");
        }
    }

    /** The classified error of a negative {@code errorCode}, naming {@code errorItem} when given. */
    SectigoError error(int code) {
        return ErrorClassifier.classify(code, first("errorMessage"), first("errorItem"));
    }
}
