package io.certflow.intake.revocation;

import io.certflow.access.Caller;
import io.certflow.access.Scopes;
import io.certflow.intake.support.HttpAnswers;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.util.UUID;

/** {@code POST /orders/{orderId}/revocation} ({@code orders:manage} or operator): asks Sectigo to revoke. */
@Controller("/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RevocationController {

    private final Revocations revocations;

    public RevocationController(Revocations revocations) {
        this.revocations = revocations;
    }

    @Post("/{orderId}/revocation")
    @Secured({Scopes.ORDERS_MANAGE, Scopes.OPERATOR})
    public HttpResponse<?> revoke(UUID orderId, @Body RevocationForm form, Authentication authentication) {
        return HttpAnswers.of(revocations.request(Caller.of(authentication), orderId, form.reason(), form.comment()),
                "The revocation request is invalid");
    }
}
