package io.certflow.gateway.sectigo;

import io.certflow.gateway.audit.CallAudit;
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

/**
 * POSTs form-encoded calls to Sectigo under the rate limit, adds the login, and audits each call with
 * the password redacted. Never throws for Sectigo's sake: every outcome is a {@link CallResult}.
 */
@Singleton
public class SectigoClient {

    private final HttpClient http;
    private final SectigoProperties settings;
    private final RateLimiter limiter;
    private final CallAudit audit;

    public SectigoClient(@Client(id = "sectigo") HttpClient http, SectigoProperties settings, RateLimiter limiter,
                         CallAudit audit) {
        this.http = http;
        this.settings = settings;
        this.limiter = limiter;
        this.audit = audit;
    }

    /** {@code endpoint} as Sectigo names it under {@code /products/}, e.g. {@code !AutoApplyOrder}. */
    public CallResult post(UUID orderId, String endpoint, Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginName", settings.loginName());
        form.put("loginPassword", settings.loginPassword());
        form.putAll(parameters);
        limiter.acquire();
        long started = System.nanoTime();
        CallResult result = exchange("/products/" + endpoint, FormEncoding.encode(form));
        audit.record(orderId, endpoint, form, result, Duration.ofNanos(System.nanoTime() - started));
        return result;
    }

    private CallResult exchange(String path, String body) {
        HttpRequest<String> request = HttpRequest.POST(path, body)
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
