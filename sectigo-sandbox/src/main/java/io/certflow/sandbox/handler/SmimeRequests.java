package io.certflow.sandbox.handler;

import io.certflow.sandbox.ca.LeafSpec;
import io.certflow.sandbox.csr.CsrParser;
import io.certflow.sandbox.csr.ParsedCsr;
import io.certflow.sandbox.order.CertificateContent;
import io.certflow.sandbox.product.Product;
import io.certflow.sandbox.product.Validation;
import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;
import io.certflow.sandbox.validation.CompromisedKeys;
import io.certflow.sandbox.validation.DcvRules;
import io.certflow.sandbox.validation.Values;
import jakarta.inject.Singleton;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

import java.util.List;

/**
 * The content of an S/MIME certificate from PlaceOrder's parameters: the mailbox addresses as
 * rfc822Name SANs; mailbox-validated subjects carry at most the email address, organization-
 * validated ones the organization, its identifier and, with smimeSubjectCN=Y, its name as CN.
 */
@Singleton
public class SmimeRequests {

    private static final ASN1ObjectIdentifier ORGANIZATION_IDENTIFIER = new ASN1ObjectIdentifier("2.5.4.97");

    private final CsrParser parser;
    private final CompromisedKeys compromisedKeys;

    public SmimeRequests(CsrParser parser, CompromisedKeys compromisedKeys) {
        this.parser = parser;
        this.compromisedKeys = compromisedKeys;
    }

    public CertificateContent read(Params params, Product product) {
        ParsedCsr csr = parser.parse(PlaceOrderItems.requiredItem(params, "csr"));
        compromisedKeys.check(csr.keyFingerprint());
        List<String> emails = DcvRules.split(PlaceOrderItems.requiredItem(params, "smimeEmailAddresses")).stream()
                .map(String::toLowerCase).toList();
        emails.stream().filter(e -> !Values.isEmail(e)).findFirst().ifPresent(e -> {
            throw Errors.invalidEmail("1_smimeEmailAddresses");
        });
        String subjectEmail = PlaceOrderItems.item(params, "smimeSubjectEmail").orElse(null);
        if (subjectEmail != null && !emails.contains(subjectEmail.toLowerCase())) {
            throw Errors.invalidEmail("1_smimeSubjectEmail");
        }
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE);
        if (product.validation() == Validation.ORGANIZATION) {
            organization(params, subject);
        }
        if (subjectEmail != null) {
            subject.addRDN(BCStyle.EmailAddress, subjectEmail);
        }
        boolean strict = product.validation() == Validation.MAILBOX;
        return new CertificateContent(subject.build(), List.of(), List.of(), emails, csr, product.fixedDays(),
                LeafSpec.Usage.EMAIL_PROTECTION, strict ? "2.23.140.1.5.1.3" : "2.23.140.1.5.2.2");
    }

    private static void organization(Params params, X500NameBuilder subject) {
        String organization = params.text("organizationName").orElseThrow(Errors::companyNameMissing);
        String identifier = PlaceOrderItems.item(params, "organizationIdentifier")
                .orElseThrow(() -> Errors.missing("1_organizationIdentifier"));
        subject.addRDN(BCStyle.C, country(params));
        params.text("stateOrProvinceName").ifPresent(v -> subject.addRDN(BCStyle.ST, v));
        params.text("localityName").ifPresent(v -> subject.addRDN(BCStyle.L, v));
        subject.addRDN(BCStyle.O, organization);
        subject.addRDN(ORGANIZATION_IDENTIFIER, identifier);
        if (PlaceOrderItems.item(params, "smimeSubjectCN").map("Y"::equalsIgnoreCase).orElse(false)) {
            subject.addRDN(BCStyle.CN, organization);
        }
    }

    static String country(Params params) {
        return params.text("countryName").or(() -> params.text("country")).orElse("US");
    }
}
