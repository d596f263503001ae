package io.certflow.sandbox.push;

import io.certflow.sandbox.account.Account;
import io.certflow.sandbox.protocol.Forms;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** One HTTP call to the account's push URL: GET without certificate push, POST form with it. */
@Singleton
public class PushSender {

    private final PushProperties properties;
    private final HttpClient client;

    public PushSender(PushProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    public String method(Account account) {
        return account.certificatePush() ? "POST" : "GET";
    }

    /** The HTTP status of the answer; throws on a network failure. */
    public int send(Account account, PushEvent event) throws Exception {
        String form = Forms.encode(event.parameters(account.certificatePush()).entrySet());
        HttpRequest.Builder request;
        if (account.certificatePush()) {
            request = HttpRequest.newBuilder(URI.create(account.pushUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        } else {
            String separator = account.pushUrl().contains("?") ? "&" : "?";
            request = HttpRequest.newBuilder(URI.create(account.pushUrl() + separator + form)).GET();
        }
        request.timeout(properties.timeout());
        if (account.pushUsername() != null && !account.pushUsername().isEmpty()) {
            String credentials = account.pushUsername() + ":" + (account.pushPassword() == null ? ""
                    : account.pushPassword());
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
