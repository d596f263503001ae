package io.certflow.intake.limits;

import io.certflow.intake.support.ApiResponses;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;

/** 400 in intake's field-error shape for a body that is not JSON at all. */
@Singleton
@Replaces(JsonExceptionHandler.class)
class InvalidJsonHandler implements ExceptionHandler<JsonSyntaxException, HttpResponse<ApiResponses.Invalid>> {

    @Override
    public HttpResponse<ApiResponses.Invalid> handle(HttpRequest request, JsonSyntaxException error) {
        return BodyRefusals.invalid("body", "cannot be read: " + BodyRefusals.firstLine(error.getMessage()));
    }
}
