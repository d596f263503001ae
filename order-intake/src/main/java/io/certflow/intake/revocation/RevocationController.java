package io.certflow.intake.revocation;

import io.certflow.intake.support.HttpAnswers;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.UUID;

/** {@code POST /orders/{orderId}/revocation}: asks Sectigo to revoke an issued order's certificate. */
@Controller("/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RevocationController {

    private final Revocations revocations;

    public RevocationController(Revocations revocations) {
        this.revocations = revocations;
    }

    @Post("/{orderId}/revocation")
    public HttpResponse<?> revoke(UUID orderId, @Body RevocationForm form) {
        return HttpAnswers.of(revocations.request(orderId, form.reason(), form.comment()),
                "The revocation request is invalid");
    }
}
