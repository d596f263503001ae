package io.certflow.webhook.push;

import io.certflow.events.FieldError;
import io.certflow.webhook.security.PushGuarded;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Sectigo's push: GET with a query string (status only) or POST form (also {@code certificate} and
 * {@code caCertificate}). 200 only once the push is stored; 400 naming the parameters at fault for
 * a malformed push; 413 for a body above the server's limit (not worth a retry); 500 for anything
 * else, so that Sectigo tries again.
 */
@Controller("${certflow.webhook.push.path:/sectigo/push}")
@PushGuarded
@ExecuteOn(TaskExecutors.BLOCKING)
public class PushController {

    private static final Logger LOG = LoggerFactory.getLogger(PushController.class);

    private final PushInbox inbox;

    public PushController(PushInbox inbox) {
        this.inbox = inbox;
    }

    @Get(produces = MediaType.TEXT_PLAIN)
    public HttpResponse<?> get(HttpRequest<?> request) {
        return answer(inbox.receive(PushParameters.decode(request.getUri().getRawQuery())));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_PLAIN)
    public HttpResponse<?> post(@Nullable @Body String form) {
        return answer(inbox.receive(PushParameters.decode(form)));
    }

    @Error
    public HttpResponse<String> failed(Throwable error) {
        if (error instanceof ContentLengthExceededException tooLarge) {
            return HttpResponse.<String>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                    .contentType(MediaType.TEXT_PLAIN_TYPE).body(tooLarge.getMessage());
        }
        if (error instanceof HttpStatusException refused && refused.getStatus().getCode() < 500) {
            // Refused by routing (e.g. a JSON body, 415) before the guard ran: the client's fault, not
            // ours, and a 500 would invite a retry of a request that can never succeed.
            return HttpResponse.<String>status(refused.getStatus()).contentType(MediaType.TEXT_PLAIN_TYPE)
                    .body(refused.getMessage());
        }
        LOG.error("Push not stored; answering 500 so that Sectigo retries", error);
        return HttpResponse.<String>status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.TEXT_PLAIN_TYPE)
                .body("push not stored, please retry");
    }

    private static HttpResponse<?> answer(PushOutcome outcome) {
        if (outcome.accepted()) {
            return HttpResponse.ok("OK");
        }
        return HttpResponse.badRequest(new Invalid("The push is invalid", outcome.errors()))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Serdeable
    record Invalid(String message, List<FieldError> errors) {
    }
}
