package io.certflow.sandbox.handler;

import io.certflow.sandbox.account.Account;
import io.certflow.sandbox.account.Authenticator;
import io.certflow.sandbox.api.Endpoint;
import io.certflow.sandbox.api.EndpointHandler;
import io.certflow.sandbox.api.SectigoResponse;
import io.certflow.sandbox.csr.CsrParser;
import io.certflow.sandbox.csr.ParsedCsr;
import io.certflow.sandbox.order.CertificateContent;
import io.certflow.sandbox.order.Order;
import io.certflow.sandbox.order.OrderActions;
import io.certflow.sandbox.order.OrderDesk;
import io.certflow.sandbox.order.OrderDetails;
import io.certflow.sandbox.order.OrderStore;
import io.certflow.sandbox.order.Placement;
import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;
import io.certflow.sandbox.validation.AutoApplyRules;
import io.certflow.sandbox.validation.CommonNameRules;
import io.certflow.sandbox.validation.CompromisedKeys;
import io.certflow.sandbox.validation.DcvRules;
import io.certflow.sandbox.validation.Values;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.Set;

/**
 * !AutoReplaceSMIME and !AutoReplaceSSL: a new order ({@code <number>repl#<n>}) with the new CSR's
 * key and the original order's names and subject; it goes through validation again, free of charge.
 * The old order becomes "replaced" at once (or "revoked" with revokeOldOrder=Y, S/MIME only).
 */
@Singleton
public class ReplaceHandler implements EndpointHandler {

    private final Authenticator authenticator;
    private final OrderLookup lookup;
    private final OrderActions actions;
    private final OrderDesk desk;
    private final OrderStore orders;
    private final CsrParser parser;
    private final CompromisedKeys compromisedKeys;

    public ReplaceHandler(Authenticator authenticator, OrderLookup lookup, OrderActions actions, OrderDesk desk,
                          OrderStore orders, CsrParser parser, CompromisedKeys compromisedKeys) {
        this.authenticator = authenticator;
        this.lookup = lookup;
        this.actions = actions;
        this.desk = desk;
        this.orders = orders;
        this.parser = parser;
        this.compromisedKeys = compromisedKeys;
    }

    @Override
    public Set<Endpoint> endpoints() {
        return Set.of(Endpoint.AUTO_REPLACE_SMIME, Endpoint.AUTO_REPLACE_SSL);
    }

    @Override
    public SectigoResponse handle(Endpoint endpoint, Params params) {
        Account account = authenticator.login(endpoint, params);
        boolean smime = endpoint == Endpoint.AUTO_REPLACE_SMIME;
        Values.required(params, "orderNumber");
        Values.required(params, "csr");
        endpoint.parameters().firstTooLong(params).ifPresent(name -> {
            throw Errors.invalid(name);
        });
        checkValues(params);
        Order old = lookup.byNumber(params, account);
        if (old.details().smime() != smime) {
            throw Errors.invalid("orderNumber");
        }
        actions.checkHasCertificate(old);
        ParsedCsr csr = parser.parse(params.text("csr").orElseThrow());
        compromisedKeys.check(csr.keyFingerprint());
        if (!smime) {
            checkCommonName(old, csr, params);
        }
        OrderDesk.Placed placed = desk.place(placement(old, old.details().content().withCsr(csr), params, smime),
                orders.nextReplacementNumber(old.number()));
        actions.replaced(old, placed.order().number(), smime && params.flag("revokeOldOrder"));
        return SectigoResponse.success(0).field("newOrderNumber", placed.order().number())
                .fieldIf(params.flag("showCertificateID"), "certificateID", placed.order().details().certificateId())
                .build();
    }

    private static void checkValues(Params params) {
        Values.yesNo(params, "revokeOldOrder", "showCertificateID");
        Values.oneOf(params, "signatureHash", Set.of("NO_PREFERENCE", "INFER_FROM_CSR", "PREFER_SHA2",
                "REQUIRE_SHA2"));
        Values.integerIn(params, "serverSoftware", AutoApplyRules.SERVER_SOFTWARE);
        Values.integer(params, "caCertificateID");
        DcvRules.checkMethod(params);
    }

    private static void checkCommonName(Order old, ParsedCsr csr, Params params) {
        String commonName = csr.commonName().orElseThrow(() -> Errors.fail(-8,
                "The CSR is missing a required field!", "csr"));
        CommonNameRules.check(commonName, old.details().product(), DcvRules.validatesIp(params));
    }

    private static Placement placement(Order old, CertificateContent content, Params params, boolean smime) {
        OrderDetails d = old.details();
        return new Placement(d.loginName(), d.product(), d.productCodes(), content, null, false, d.test(),
                BigDecimal.ZERO.setScale(2), d.paymentRequired(), false, !smime, params.text("uniqueValue").orElse(null),
                false, d.organizationName(), old.number());
    }
}
