package io.certflow.intake.limits;

import io.certflow.intake.support.ApiResponses;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** 400 in intake's field-error shape for a body of the wrong shape or types, or nested too deep. */
@Singleton
@Replaces(ConversionErrorHandler.class)
class UnreadableBodyHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<ApiResponses.Invalid>> {

    private final LimitsProperties limits;

    UnreadableBodyHandler(LimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    public HttpResponse<ApiResponses.Invalid> handle(HttpRequest request, ConversionErrorException error) {
        return BodyRefusals.invalid(error.getArgument(), error, limits.maxNestingDepth());
    }
}
