package io.certflow.intake.support;

import io.certflow.intake.order.OrderQueries;
import io.certflow.intake.submission.OrderSubmissions;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;

/** A test that takes orders through their life ({@link Lifecycle}) and reads or changes them over HTTP. */
public abstract class LifecycleTestContext extends IntakeTestContext {

    @Inject
    @Client("/")
    protected HttpClient http;

    @Inject
    protected ObjectMapper json;

    @Inject
    protected OrderSubmissions submissions;

    @Inject
    protected OrderQueries queries;

    protected Lifecycle lifecycle;
    protected JsonPosts client;

    @BeforeAll
    void wireLifecycle() {
        lifecycle = new Lifecycle(json, submissions, queries);
        client = new JsonPosts(http);
    }
}
