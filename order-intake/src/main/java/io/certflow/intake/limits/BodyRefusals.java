package io.certflow.intake.limits;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.certflow.events.FieldError;
import io.certflow.intake.support.ApiResponses;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;

import java.util.List;

/**
 * Intake's field-error answer for a request the framework could not bind: the body (or the named
 * parameter) and why, in a bounded text that never echoes more than the parser quotes.
 */
final class BodyRefusals {

    static final String MESSAGE = "The request cannot be read";
    private static final int MAX_REASON = 300;

    private BodyRefusals() {
    }

    static HttpResponse<ApiResponses.Invalid> invalid(Argument<?> argument, Throwable error, int maxNestingDepth) {
        String field = argument.getAnnotationMetadata().hasAnnotation(Body.class) ? "body" : argument.getName();
        return invalid(field, reason(error, maxNestingDepth));
    }

    static HttpResponse<ApiResponses.Invalid> invalid(String field, String reason) {
        return HttpResponse.badRequest(new ApiResponses.Invalid(MESSAGE, List.of(new FieldError(field, reason))));
    }

    static HttpResponse<ApiResponses.Invalid> tooLarge(String reason) {
        return HttpResponse.<ApiResponses.Invalid>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                .body(new ApiResponses.Invalid("The request is too large", List.of(new FieldError("body", reason))));
    }

    static String reason(Throwable error, int maxNestingDepth) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof StreamConstraintsException) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof StreamConstraintsException && String.valueOf(cause.getMessage()).contains("nesting")) {
            return "is nested deeper than " + maxNestingDepth + " levels";
        }
        return "cannot be read: " + firstLine(cause.getMessage());
    }

    static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        String line = message.lines().findFirst().orElse("malformed").strip();
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON) + "…";
    }
}
