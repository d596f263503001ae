package io.certflow.intake.limits;

import io.certflow.intake.support.ApiResponses;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;

/** 400 in intake's field-error shape for an empty or {@code null} body, or a missing parameter. */
@Singleton
@Replaces(UnsatisfiedRouteHandler.class)
class MissingBodyHandler implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<ApiResponses.Invalid>> {

    @Override
    public HttpResponse<ApiResponses.Invalid> handle(HttpRequest request, UnsatisfiedRouteException error) {
        boolean body = error.getArgument().getAnnotationMetadata().hasAnnotation(Body.class);
        return BodyRefusals.invalid(body ? "body" : error.getArgument().getName(), "is required");
    }
}
