package io.certflow.sandbox.validation;

import io.certflow.sandbox.csr.ParsedCsr;
import io.certflow.sandbox.product.Product;
import io.certflow.sandbox.product.Validation;
import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

import java.util.List;
import java.util.Optional;

/**
 * The subject DN of a TLS certificate. DV: CNs only. OV/EV: organization details, where
 * prioritiseCSRValues (default Y) decides between the CSR and the request parameters.
 * EV adds business category, jurisdiction and registration number.
 */
public final class SslSubject {

    private SslSubject() {
    }

    public static X500Name build(Params params, Product product, ParsedCsr csr, List<String> commonNames) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
        Validation validation = product.validation();
        if (validation.organizational()) {
            organization(builder, params, csr, validation == Validation.EV);
        }
        commonNames.forEach(cn -> builder.addRDN(BCStyle.CN, cn));
        return builder.build();
    }

    /** The organization name that goes into the certificate, or null for DV. */
    public static String organizationName(Params params, ParsedCsr csr) {
        return pick(params, csr, "organizationName", BCStyle.O).orElse(null);
    }

    private static void organization(X500NameBuilder builder, Params params, ParsedCsr csr, boolean ev) {
        String country = pick(params, csr, "countryName", BCStyle.C).orElseThrow(() -> Errors.missing("countryName"));
        if (!Values.isCountry(country)) {
            throw Errors.badCountry(country, "countryName");
        }
        String organization = pick(params, csr, "organizationName", BCStyle.O)
                .orElseThrow(() -> Errors.missing("organizationName"));
        if (ev) {
            builder.addRDN(BCStyle.BUSINESS_CATEGORY, businessCategory(params));
            builder.addRDN(BCStyle.JURISDICTION_C, Values.required(params, "joiCountryName"));
            params.text("joiStateOrProvinceName").ifPresent(v -> builder.addRDN(BCStyle.JURISDICTION_ST, v));
            params.text("joiLocalityName").ifPresent(v -> builder.addRDN(BCStyle.JURISDICTION_L, v));
            params.text("companyNumber").ifPresent(v -> builder.addRDN(BCStyle.SERIALNUMBER, v));
        }
        builder.addRDN(BCStyle.C, country);
        pick(params, csr, "stateOrProvinceName", BCStyle.ST).ifPresent(v -> builder.addRDN(BCStyle.ST, v));
        pick(params, csr, "localityName", BCStyle.L).ifPresent(v -> builder.addRDN(BCStyle.L, v));
        builder.addRDN(BCStyle.O, organization);
    }

    private static String businessCategory(Params params) {
        return switch (params.text("businessCategory").orElse("b").toLowerCase()) {
            case "c" -> "Government Entity";
            case "d" -> "Business Entity";
            default -> "Private Organization";
        };
    }

    private static Optional<String> pick(Params params, ParsedCsr csr, String parameter, ASN1ObjectIdentifier oid) {
        Optional<String> fromCsr = csr.attribute(oid);
        Optional<String> fromRequest = params.text(parameter);
        boolean csrFirst = !params.text("prioritiseCSRValues").map("N"::equalsIgnoreCase).orElse(false);
        return csrFirst ? fromCsr.or(() -> fromRequest) : fromRequest.or(() -> fromCsr);
    }
}
