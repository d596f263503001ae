package io.certflow.gateway.sectigo;

import io.certflow.gateway.budget.CallBudget;
import io.certflow.gateway.budget.Grant;
import io.certflow.gateway.ca.CallMade;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * POSTs form-encoded calls to Sectigo under the account's shared call budget, adds the login, and
 * publishes each call as a {@link CallMade} (the audit keeps it, password redacted) before its answer is
 * read. Never throws for Sectigo's sake: every outcome is a {@link CallResult}. Thread-safe: any number
 * of workers may call at once; the budget spaces them.
 */
@Singleton
public class SectigoClient {

    /** Format 0's first line, or the URL-encoded field; -420 or errorCode=-421 are not it. */
    private static final Pattern CALL_LIMIT = Pattern.compile("^-42(?:\\R|$)|(?:^|&)errorCode=-42(?:&|$)");

    private final HttpClient http;
    private final SectigoProperties settings;
    private final CallBudget budget;
    private final ApplicationEventPublisher<CallMade> calls;

    public SectigoClient(@Client(id = "sectigo") HttpClient http, SectigoProperties settings, CallBudget budget,
                         ApplicationEventPublisher<CallMade> calls) {
        this.http = http;
        this.settings = settings;
        this.budget = budget;
        this.calls = calls;
    }

    /**
     * {@code endpoint} as Sectigo names it under {@code /products/}, e.g. {@code !AutoApplyOrder}. Blocks
     * until the budget grants the call.
     *
     * @throws io.certflow.gateway.budget.CallBudgetInterruptedException if interrupted while waiting for
     *         the budget; nothing was sent then (the budget's database being unreachable also throws)
     */
    public CallResult post(UUID orderId, String endpoint, Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginName", settings.loginName());
        form.put("loginPassword", settings.loginPassword());
        form.putAll(parameters);
        Grant grant = budget.acquire();
        long started = System.nanoTime();
        CallResult result = exchange("/products/" + endpoint, form);
        calls.publishEvent(new CallMade(orderId, endpoint, form, result.httpStatus(), result.body(),
                result.transportError(), Duration.ofNanos(System.nanoTime() - started)));
        if (isCallLimitAnswer(result)) {
            budget.callLimitAnswered(grant);
        }
        return result;
    }

    /**
     * Sectigo's call limit, in either answer format: URL-encoded ({@code errorCode=-42&...}, what the
     * gateway asks every endpoint for) or {@code !AutoApplyOrder}'s format 0 (status on the first line).
     * What the caller makes of it (a transient error) is {@link ErrorClassifier}'s.
     */
    static boolean isCallLimitAnswer(CallResult result) {
        if (!result.answered()) {
            return false;
        }
        return CALL_LIMIT.matcher(result.body().strip()).find();
    }

    /** Micronaut's client encodes a map body of this content type as a form, in the map's order. */
    private CallResult exchange(String path, Map<String, String> form) {
        HttpRequest<Map<String, String>> request = HttpRequest.POST(path, form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        try {
            HttpResponse<String> response = http.toBlocking().exchange(request, String.class);
            return new CallResult(response.code(), response.getBody().orElse(""), null);
        } catch (HttpClientResponseException e) {
            return new CallResult(e.code(), e.getResponse().getBody(String.class).orElse(""), null);
        } catch (RuntimeException e) {
            return new CallResult(null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
