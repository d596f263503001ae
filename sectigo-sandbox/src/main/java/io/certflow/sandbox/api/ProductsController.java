package io.certflow.sandbox.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Arrays;

/**
 * The Sectigo-shaped endpoints under /products/ (GET only to answer -17, or PlaceOrder's GET). The
 * answer's type follows {@code responseFormat}, never the Accept header, as at Sectigo: so every
 * Accept value is served.
 */
@Controller("/products")
@Produces(MediaType.ALL)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProductsController {

    private final SectigoApi api;

    public ProductsController(SectigoApi api) {
        this.api = api;
    }

    @Post(uri = "/{name}", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN, MediaType.ALL})
    public MutableHttpResponse<?> post(String name, HttpRequest<?> request, @Nullable @Body String body) {
        return route(name, request, body);
    }

    @Get("/{name}")
    public MutableHttpResponse<?> get(String name, HttpRequest<?> request) {
        return route(name, request, null);
    }

    @Post(uri = "/download/{name}", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN,
            MediaType.ALL})
    public MutableHttpResponse<?> download(String name, HttpRequest<?> request, @Nullable @Body String body) {
        return route("download/" + name, request, body);
    }

    @Get("/download/{name}")
    public MutableHttpResponse<?> downloadGet(String name, HttpRequest<?> request) {
        return route("download/" + name, request, null);
    }

    private MutableHttpResponse<?> route(String path, HttpRequest<?> request, String body) {
        return Arrays.stream(Endpoint.values()).filter(e -> e.path().equals(path)).findFirst()
                .<MutableHttpResponse<?>>map(endpoint -> api.call(endpoint, request, body))
                .orElseGet(HttpResponse::notFound);
    }
}
