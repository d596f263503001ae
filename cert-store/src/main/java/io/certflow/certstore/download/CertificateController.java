package io.certflow.certstore.download;

import io.certflow.access.Caller;
import io.certflow.access.Scopes;
import io.certflow.certstore.certificate.Certificate;
import io.certflow.events.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Query and download of stored certificates, for a bearer token with {@code certificates:read} or the
 * operator role. A client sees its tenant's certificates only: another tenant's answers 404 exactly
 * like an unknown id, and a search leaves it out. An unknown id answers 404, a malformed id 400, a bad
 * query 400 naming each parameter.
 */
@Controller("/certificates")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Scopes.CERTIFICATES_READ, Scopes.OPERATOR})
public class CertificateController {

    private final CertificateDownloads downloads;
    private final CertificateSearch search;

    CertificateController(CertificateDownloads downloads, CertificateSearch search) {
        this.downloads = downloads;
        this.search = search;
    }

    @Get
    public List<CertificateView> search(@Nullable @QueryValue String orderId, @Nullable @QueryValue String domain,
                                        @Nullable @QueryValue String expiringBefore, Authentication authentication) {
        return search.find(SearchCriteria.parse(orderId, domain, expiringBefore), Caller.of(authentication)).stream()
                .map(CertificateView::of).toList();
    }

    @Get("/{id}")
    public Optional<CertificateView> find(UUID id, Authentication authentication) {
        return downloads.find(id, visibleTo(authentication)).map(CertificateView::of);
    }

    @Get("/{id}/pem")
    public Optional<HttpResponse<byte[]>> pem(UUID id, Authentication authentication) {
        return downloads.serve(id, DownloadFormat.PEM, visibleTo(authentication));
    }

    @Get("/{id}/chain")
    public Optional<HttpResponse<byte[]>> chain(UUID id, Authentication authentication) {
        return downloads.serve(id, DownloadFormat.CHAIN, visibleTo(authentication));
    }

    @Get("/{id}/fullchain")
    public Optional<HttpResponse<byte[]>> fullChain(UUID id, Authentication authentication) {
        return downloads.serve(id, DownloadFormat.FULLCHAIN, visibleTo(authentication));
    }

    @Get("/{id}/der")
    public Optional<HttpResponse<byte[]>> der(UUID id, Authentication authentication) {
        return downloads.serve(id, DownloadFormat.DER, visibleTo(authentication));
    }

    @Get("/{id}/p7b")
    public Optional<HttpResponse<byte[]>> p7b(UUID id, Authentication authentication) {
        return downloads.serve(id, DownloadFormat.P7B, visibleTo(authentication));
    }

    @Error
    public HttpResponse<Invalid> invalid(InvalidQueryException error) {
        return HttpResponse.badRequest(new Invalid("The query is invalid", error.errors()))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static Predicate<Certificate> visibleTo(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return certificate -> caller.sees(certificate.tenant());
    }

    @Serdeable
    record Invalid(String message, List<FieldError> errors) {
    }
}
