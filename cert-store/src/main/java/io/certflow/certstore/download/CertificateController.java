package io.certflow.certstore.download;

import io.certflow.certstore.certificate.Certificate;
import io.certflow.certstore.certificate.CertificateRepository;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.transaction.annotation.ReadOnly;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Query and download of stored certificates. PEMs are served as
 * {@code application/pem-certificate-chain} (RFC 8555); an unknown id answers 404, a malformed id
 * or a missing or malformed {@code orderId} 400.
 */
@Controller("/certificates")
public class CertificateController {

    static final String PEM_CHAIN = "application/pem-certificate-chain";

    private final CertificateRepository certificates;

    public CertificateController(CertificateRepository certificates) {
        this.certificates = certificates;
    }

    @Get
    @ReadOnly
    public List<CertificateView> byOrder(@QueryValue UUID orderId) {
        return certificates.findByOrderIdOrderByStoredAt(orderId).stream().map(CertificateView::of).toList();
    }

    @Get("/{id}")
    @ReadOnly
    public Optional<CertificateView> find(UUID id) {
        return certificates.findById(id).map(CertificateView::of);
    }

    @Get("/{id}/pem")
    @ReadOnly
    public Optional<HttpResponse<byte[]>> pem(UUID id) {
        return pemOf(id, Certificate::certificatePem);
    }

    @Get("/{id}/chain")
    @ReadOnly
    public Optional<HttpResponse<byte[]>> chain(UUID id) {
        return pemOf(id, certificate -> String.join("", certificate.chainPems()));
    }

    @Get("/{id}/fullchain")
    @ReadOnly
    public Optional<HttpResponse<byte[]>> fullChain(UUID id) {
        return pemOf(id, Certificate::fullChainPem);
    }

    private Optional<HttpResponse<byte[]>> pemOf(UUID id, Function<Certificate, String> part) {
        return certificates.findById(id).map(certificate -> HttpResponse
                .ok(part.apply(certificate).getBytes(StandardCharsets.US_ASCII)).contentType(PEM_CHAIN));
    }
}
