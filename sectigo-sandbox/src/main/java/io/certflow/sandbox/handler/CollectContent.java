package io.certflow.sandbox.handler;

import io.certflow.sandbox.api.SectigoResponse;
import io.certflow.sandbox.ca.Bundles;
import io.certflow.sandbox.ca.CertificateAuthority;
import io.certflow.sandbox.ca.IssuedCertificate;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The certificates CollectSSL returns for a queryType, in each responseType. */
final class CollectContent {

    private final IssuedCertificate issued;
    private final List<X509Certificate> certificates = new ArrayList<>();
    private final List<String> fileNames = new ArrayList<>();

    CollectContent(IssuedCertificate issued, int queryType, String name) {
        this.issued = issued;
        if (queryType == 1 || queryType == 2) {
            certificates.add(issued.certificate());
            fileNames.add(name.replace("*", "STAR").replace('.', '_') + ".crt");
        }
        if (queryType == 1 || queryType == 3) {
            certificates.addAll(issued.chain());
            fileNames.add("SandboxIssuingCA.crt");
            fileNames.add("SandboxRootCA.crt");
        }
    }

    SectigoResponse.Builder addTo(SectigoResponse.Builder response, int responseType) {
        Base64.Encoder base64 = Base64.getEncoder();
        return switch (responseType) {
            case 0 -> response.field("zipFile", base64.encodeToString(Bundles.zip(certificates, fileNames)));
            case 1 -> response.field("netscapeCertificateSequence",
                    base64.encodeToString(Bundles.netscapeSequence(certificates)));
            case 2 -> response.field("pkcs7", Bundles.pkcs7Pem(certificates));
            default -> individually(response);
        };
    }

    private SectigoResponse.Builder individually(SectigoResponse.Builder response) {
        for (X509Certificate certificate : certificates) {
            boolean leaf = certificate.equals(issued.certificate());
            response.field(leaf ? "certificate" : "caCertificate", CertificateAuthority.pem(certificate));
        }
        return response;
    }

    SectigoResponse binary(int responseType) {
        return switch (responseType) {
            case 0 -> SectigoResponse.binary("application/zip", Bundles.zip(certificates, fileNames));
            case 1 -> SectigoResponse.binary("application/x-x509-ca-cert", Bundles.netscapeSequence(certificates));
            default -> SectigoResponse.binary("application/pkcs7-mime", Bundles.pkcs7(certificates));
        };
    }
}
