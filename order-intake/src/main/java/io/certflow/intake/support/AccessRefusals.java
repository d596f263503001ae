package io.certflow.intake.support;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * 401 and 403 in intake's {@code {"message"}} shape instead of Micronaut's error body. A 401 does not
 * say what was wrong with the token (missing, expired, foreign, forged): that would only help someone
 * probing the issuer; {@code WWW-Authenticate: Bearer} tells a client which scheme to use (RFC 6750).
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AccessRefusals implements ExceptionHandler<AuthorizationException, HttpResponse<ApiResponses.Refused>> {

    static final String UNAUTHORIZED = "A valid bearer token of the trusted issuer is required";
    static final String FORBIDDEN = "The token does not grant the scope this request needs";

    @Override
    public HttpResponse<ApiResponses.Refused> handle(HttpRequest request, AuthorizationException error) {
        if (error.isForbidden()) {
            return HttpResponse.<ApiResponses.Refused>status(HttpStatus.FORBIDDEN)
                    .body(new ApiResponses.Refused(FORBIDDEN));
        }
        return HttpResponse.<ApiResponses.Refused>status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(new ApiResponses.Refused(UNAUTHORIZED));
    }
}
