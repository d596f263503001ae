package io.certflow.certstore.download;

import io.certflow.certstore.certificate.Certificate;
import io.certflow.certstore.certificate.CertificateRepository;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One download, whoever asks: by token ({@link CertificateController}) or by signed link
 * ({@link SignedDownloadController}), so both answer the same bytes and headers. Each names a file
 * ({@code Content-Disposition: attachment}). A certificate the caller may not see is answered
 * exactly like one that does not exist: empty.
 */
@Singleton
class CertificateDownloads {

    private final CertificateRepository certificates;

    CertificateDownloads(CertificateRepository certificates) {
        this.certificates = certificates;
    }

    @ReadOnly
    Optional<Certificate> find(UUID id, Predicate<Certificate> visible) {
        return certificates.findById(id).filter(visible);
    }

    @ReadOnly
    Optional<HttpResponse<byte[]>> serve(UUID id, DownloadFormat format, Predicate<Certificate> visible) {
        return find(id, visible).map(certificate -> HttpResponse.ok(format.body(certificate))
                .contentType(format.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadName.attachment(certificate, format.suffix())));
    }
}
