package io.certflow.intake.replacement;

import io.certflow.intake.support.HttpAnswers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.UUID;

/** {@code POST /orders/{orderId}/replacement}: a new order for an issued one, with a new CSR. */
@Controller("/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReplacementController {

    private final Replacements replacements;

    public ReplacementController(Replacements replacements) {
        this.replacements = replacements;
    }

    @Post("/{orderId}/replacement")
    public HttpResponse<?> replace(UUID orderId, @Body ReplacementForm form,
                                   @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        String requestId = idempotencyKey != null ? idempotencyKey : form.requestId();
        return HttpAnswers.of(replacements.replace(orderId, form.csr(), Boolean.TRUE.equals(form.revokeReplaced()),
                requestId), "The replacement is invalid");
    }
}
