package io.certflow.intake.replacement;

import io.certflow.access.Caller;
import io.certflow.access.Scopes;
import io.certflow.intake.support.HttpAnswers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.util.UUID;

/** {@code POST /orders/{orderId}/replacement} ({@code orders:manage} or operator): a new order for an issued one. */
@Controller("/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReplacementController {

    private final Replacements replacements;

    public ReplacementController(Replacements replacements) {
        this.replacements = replacements;
    }

    @Post("/{orderId}/replacement")
    @Secured({Scopes.ORDERS_MANAGE, Scopes.OPERATOR})
    public HttpResponse<?> replace(UUID orderId, @Body ReplacementForm form,
                                   @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                   Authentication authentication) {
        String requestId = idempotencyKey != null ? idempotencyKey : form.requestId();
        return HttpAnswers.of(replacements.replace(Caller.of(authentication), orderId, form.csr(),
                Boolean.TRUE.equals(form.revokeReplaced()), requestId), "The replacement is invalid");
    }
}
