package io.certflow.intake.limits;

import io.certflow.intake.support.ApiResponses;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** 413 in intake's field-error shape for a body above {@code micronaut.server.max-request-size}. */
@Singleton
@Replaces(ContentLengthExceededHandler.class)
class TooLargeBodyHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<ApiResponses.Invalid>> {

    @Override
    public HttpResponse<ApiResponses.Invalid> handle(HttpRequest request, ContentLengthExceededException error) {
        return BodyRefusals.tooLarge(error.getMessage());
    }
}
