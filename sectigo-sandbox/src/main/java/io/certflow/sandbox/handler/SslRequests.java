package io.certflow.sandbox.handler;

import io.certflow.sandbox.ca.LeafSpec;
import io.certflow.sandbox.csr.CsrParser;
import io.certflow.sandbox.csr.ParsedCsr;
import io.certflow.sandbox.order.CertificateContent;
import io.certflow.sandbox.product.Product;
import io.certflow.sandbox.product.Validation;
import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;
import io.certflow.sandbox.validation.CommonNameRules;
import io.certflow.sandbox.validation.CompromisedKeys;
import io.certflow.sandbox.validation.DcvRules;
import io.certflow.sandbox.validation.SslNames;
import io.certflow.sandbox.validation.SslSubject;
import io.certflow.sandbox.validation.Values;
import jakarta.inject.Singleton;
import org.bouncycastle.asn1.x500.style.BCStyle;

import java.util.List;

/** From CSR and parameters to the content of a TLS certificate (new orders and replacements). */
@Singleton
public class SslRequests {

    public record SslRequest(CertificateContent content, String organizationName) {
    }

    private final CsrParser parser;
    private final CompromisedKeys compromisedKeys;

    public SslRequests(CsrParser parser, CompromisedKeys compromisedKeys) {
        this.parser = parser;
        this.compromisedKeys = compromisedKeys;
    }

    public SslRequest read(Params params, Product product, int days) {
        ParsedCsr csr = parser.parse(Values.required(params, "csr"));
        compromisedKeys.check(csr.keyFingerprint());
        String commonName = csr.commonName().orElseThrow(() -> Errors.fail(-8,
                "The CSR is missing a required field!", "csr"));
        csr.attribute(BCStyle.C).filter(c -> !Values.isCountry(c)).ifPresent(c -> {
            throw Errors.badCountry(c, "csr");
        });
        CommonNameRules.check(commonName, product, DcvRules.validatesIp(params));
        SslNames names = SslNames.resolve(params, product, csr, commonName);
        if (product.scope().multiDomain()) {
            List<String> all = new java.util.ArrayList<>(names.dnsNames());
            all.addAll(names.ipAddresses());
            DcvRules.checkPerDomain(params, all);
        } else {
            DcvRules.checkDcvEmail(params, commonName);
        }
        CertificateContent content = new CertificateContent(
                SslSubject.build(params, product, csr, names.subjectCommonNames()), names.dnsNames(),
                names.ipAddresses(), List.of(), csr, days, LeafSpec.Usage.TLS_SERVER, policy(product.validation()));
        String organization = product.validation().organizational() ? SslSubject.organizationName(params, csr) : null;
        return new SslRequest(content, organization);
    }

    private static String policy(Validation validation) {
        return switch (validation) {
            case EV -> "2.23.140.1.1";
            case OV -> "2.23.140.1.2.2";
            default -> "2.23.140.1.2.1";
        };
    }
}
