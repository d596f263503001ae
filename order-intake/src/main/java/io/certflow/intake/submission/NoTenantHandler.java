package io.certflow.intake.submission;

import io.certflow.access.Caller;
import io.certflow.intake.support.ApiResponses;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * 403 for a token with {@code orders:submit} that names no tenant (an operator's): the token, not the
 * request, is at fault, and no body would change the answer. Nothing was stored.
 */
@Singleton
class NoTenantHandler implements ExceptionHandler<Caller.NoTenantException, HttpResponse<ApiResponses.Refused>> {

    @Override
    public HttpResponse<ApiResponses.Refused> handle(HttpRequest request, Caller.NoTenantException error) {
        return HttpResponse.<ApiResponses.Refused>status(HttpStatus.FORBIDDEN)
                .body(new ApiResponses.Refused(error.getMessage()));
    }
}
