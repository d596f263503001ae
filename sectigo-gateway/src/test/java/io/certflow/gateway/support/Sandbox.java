package io.certflow.gateway.support;

import io.certflow.testkit.apps.AppProcess;
import io.certflow.testkit.support.ShutdownHooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The Sectigo sandbox as a child JVM, started once per test JVM, validation by hand only; and its
 * control API (faults, accounts, order inspection) over real HTTP.
 */
public final class Sandbox {

    public static final String LOGIN = "certflow-reseller";
    public static final String PASSWORD = "sandbox-secret";

    private static AppProcess process;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Sandbox() {
    }

    public static synchronized String baseUrl() {
        if (process == null) {
            process = ShutdownHooks.closeOnExit(AppProcess.start("sectigo-sandbox",
                    java.util.Map.of("SANDBOX_AUTO_VALIDATE", "false")), "sectigo-sandbox");
        }
        return process.baseUrl();
    }

    /** Partial update of the fault switches, e.g. {@code {"callLimitBurst":2}}. */
    public static void faults(String json) {
        send("PUT", "/sandbox/faults", json);
    }

    public static void clearFaults() {
        faults("{\"latencyMs\":0,\"http5xxRate\":0,\"callLimitBurst\":0,\"unknownErrorBurst\":0,"
                + "\"dropResponseBurst\":0,\"pushDropRate\":0}");
    }

    public static void balance(String amount) {
        send("PUT", "/sandbox/accounts/" + LOGIN, "{\"balance\":" + amount + "}");
    }

    /** The control API's JSON list of the orders carrying this foreignOrderNumber. */
    public static String ordersWithForeignOrderNumber(String foreignOrderNumber) {
        return send("GET", "/sandbox/orders?foreignOrderNumber="
                + URLEncoder.encode(foreignOrderNumber, StandardCharsets.UTF_8), null);
    }

    /** Every call the sandbox received (JSON list: endpoint, parameters with passwords as ****, errorCode …). */
    public static String calls() {
        return send("GET", "/sandbox/calls", null);
    }

    /** Every push the sandbox sent or dropped (JSON list). */
    public static String pushes() {
        return send("GET", "/sandbox/pushes", null);
    }

    /** One order as JSON. */
    public static String order(String orderNumber) {
        return send("GET", "/sandbox/orders/" + encoded(orderNumber), null);
    }

    /** Validation of the order completes now: it is issued (DV, S/MIME) or moves to its callback (OV/EV). */
    public static void completeValidation(String orderNumber) {
        send("POST", "/sandbox/orders/" + encoded(orderNumber) + "/complete-validation", "");
    }

    private static String encoded(String orderNumber) {
        return URLEncoder.encode(orderNumber, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        request = json == null ? request.GET() : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
