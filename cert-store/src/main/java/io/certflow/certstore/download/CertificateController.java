package io.certflow.certstore.download;

import io.certflow.certstore.certificate.Certificate;
import io.certflow.certstore.certificate.CertificateRepository;
import io.certflow.events.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Query and download of stored certificates. Every chain is served leaf → root, in the order the
 * verification put it by issuer links, whatever order it was delivered in. Each download names a
 * file ({@code Content-Disposition: attachment}). An unknown id answers 404, a malformed id 400, a
 * bad query 400 naming each parameter.
 */
@Controller("/certificates")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CertificateController {

    static final String PEM_CHAIN = "application/pem-certificate-chain";
    static final String PKIX_CERT = "application/pkix-cert";
    static final String PKCS7_MIME = "application/pkcs7-mime";

    private final CertificateRepository certificates;
    private final CertificateSearch search;

    public CertificateController(CertificateRepository certificates, CertificateSearch search) {
        this.certificates = certificates;
        this.search = search;
    }

    @Get
    public List<CertificateView> search(@Nullable @QueryValue String orderId, @Nullable @QueryValue String domain,
                                        @Nullable @QueryValue String expiringBefore) {
        return search.find(SearchCriteria.parse(orderId, domain, expiringBefore)).stream().map(CertificateView::of)
                .toList();
    }

    @Get("/{id}")
    @ReadOnly
    public Optional<CertificateView> find(UUID id) {
        return certificates.findById(id).map(CertificateView::of);
    }

    @Get("/{id}/pem")
    @ReadOnly
    public Optional<HttpResponse<byte[]>> pem(UUID id) {
        return download(id, PEM_CHAIN, ".pem", certificate -> ascii(certificate.certificatePem()));
    }

    @Get("/{id}/chain")
    @ReadOnly
    public Optional<HttpResponse<byte[]>> chain(UUID id) {
        return download(id, PEM_CHAIN, "-chain.pem", certificate -> ascii(String.join("", certificate.chainPems())));
    }

    @Get("/{id}/fullchain")
    @ReadOnly
    public Optional<HttpResponse<byte[]>> fullChain(UUID id) {
        return download(id, PEM_CHAIN, "-fullchain.pem", certificate -> ascii(certificate.fullChainPem()));
    }

    @Get("/{id}/der")
    @ReadOnly
    public Optional<HttpResponse<byte[]>> der(UUID id) {
        return download(id, PKIX_CERT, ".cer", certificate -> DownloadFormats.der(certificate.certificatePem()));
    }

    @Get("/{id}/p7b")
    @ReadOnly
    public Optional<HttpResponse<byte[]>> p7b(UUID id) {
        return download(id, PKCS7_MIME, ".p7b", certificate -> DownloadFormats.pkcs7CertsOnly(
                concat(certificate.certificatePem(), certificate.chainPems())));
    }

    @Error
    public HttpResponse<Invalid> invalid(InvalidQueryException error) {
        return HttpResponse.badRequest(new Invalid("The query is invalid", error.errors()))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private Optional<HttpResponse<byte[]>> download(UUID id, String contentType, String suffix,
                                                    Function<Certificate, byte[]> body) {
        return certificates.findById(id).map(certificate -> HttpResponse.ok(body.apply(certificate))
                .contentType(contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadName.attachment(certificate, suffix)));
    }

    private static List<String> concat(String leafPem, List<String> chainPems) {
        return Stream.concat(Stream.of(leafPem), chainPems.stream()).toList();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Serdeable
    record Invalid(String message, List<FieldError> errors) {
    }
}
