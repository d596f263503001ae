package io.certflow.certstore.download;

import io.certflow.access.DownloadLinks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code GET /downloads/{id}/{format}?expires=…&signature=…}: the link of the "issued" email, which
 * needs no token. The signature is checked before anything is looked up, so a bad or expired link
 * answers 403 and says nothing about whether the certificate exists; a genuine link to an unknown
 * certificate answers 404. A genuine link serves exactly what the authenticated download serves.
 */
@Controller("/downloads")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class SignedDownloadController {

    static final String REFUSED = "This download link is not valid: it was altered or it has expired. "
            + "Ask for a new one, or download with a bearer token from /certificates/{id}/{format}";

    private final DownloadLinks links;
    private final CertificateDownloads downloads;
    private final Clock clock;

    SignedDownloadController(DownloadLinks links, CertificateDownloads downloads, Clock clock) {
        this.links = links;
        this.downloads = downloads;
        this.clock = clock;
    }

    @Get("/{id}/{format}")
    HttpResponse<?> download(String id, String format, @Nullable @QueryValue String expires,
                             @Nullable @QueryValue String signature) {
        Optional<UUID> certificateId = genuine(id, format, expires, signature);
        if (certificateId.isEmpty()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new Refused(REFUSED));
        }
        return DownloadFormat.named(format)
                .flatMap(known -> downloads.serve(certificateId.get(), known, certificate -> true))
                .<HttpResponse<?>>map(response -> response)
                .orElseGet(HttpResponse::notFound);
    }

    /** The certificate a link names, if its parts are well-formed, its signature genuine and it has not expired. */
    private Optional<UUID> genuine(String id, String format, @Nullable String expires, @Nullable String signature) {
        try {
            UUID certificateId = UUID.fromString(id);
            return expires != null && links.isValid(certificateId, format, Long.parseLong(expires), signature,
                    clock.instant()) ? Optional.of(certificateId) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Serdeable
    record Refused(String message) {
    }
}
