package io.certflow.sandbox.handler;

import io.certflow.sandbox.account.Account;
import io.certflow.sandbox.account.Authenticator;
import io.certflow.sandbox.api.Endpoint;
import io.certflow.sandbox.api.EndpointHandler;
import io.certflow.sandbox.api.SectigoResponse;
import io.certflow.sandbox.ca.IssuedCertificate;
import io.certflow.sandbox.order.Order;
import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;
import io.certflow.sandbox.validation.Values;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * download/CollectSSL. errorCode 0: not issued yet (or never will be, see certificateStatus);
 * 1: available (queryType=0); 2: attached. queryType 0 status, 1 certificate + chain,
 * 2 certificate, 3 chain; responseType 0 ZIP, 1 Netscape sequence, 2 PKCS#7, 3 individually
 * encoded (default); responseEncoding 0 base64 / PEM (default), 1 binary body.
 */
@Singleton
public class CollectSslHandler implements EndpointHandler {

    private final Authenticator authenticator;
    private final OrderLookup lookup;

    public CollectSslHandler(Authenticator authenticator, OrderLookup lookup) {
        this.authenticator = authenticator;
        this.lookup = lookup;
    }

    @Override
    public Set<Endpoint> endpoints() {
        return Set.of(Endpoint.COLLECT_SSL);
    }

    @Override
    public SectigoResponse handle(Endpoint endpoint, Params params) {
        Account account = authenticator.login(endpoint, params);
        Values.required(params, "queryType");
        int queryType = Values.integerIn(params, "queryType", Set.of(0, 1, 2, 3)).orElseThrow();
        int responseType = Values.integerIn(params, "responseType", Set.of(0, 1, 2, 3)).orElse(3);
        int encoding = Values.integerIn(params, "responseEncoding", Set.of(0, 1)).orElse(0);
        if (encoding == 1 && responseType == 3) {
            throw Errors.invalid("responseEncoding");
        }
        Order order = lookup.byNumberOrCertificateId(params, account);
        IssuedCertificate issued = order.status().hasCertificate() ? order.certificate().orElse(null) : null;
        if (issued == null || queryType == 0) {
            return status(order, issued, issued == null ? 0 : 1).build();
        }
        CollectContent content = new CollectContent(issued, queryType, order.details().content().primaryName());
        if (encoding == 1) {
            return content.binary(responseType);
        }
        return content.addTo(status(order, issued, 2), responseType).build();
    }

    private static SectigoResponse.Builder status(Order order, IssuedCertificate issued, int code) {
        SectigoResponse.Builder response = SectigoResponse.success(code)
                .field("certificateStatus", order.status().certificateState())
                .field("orderNumber", order.number())
                .field("certificateID", order.details().certificateId());
        if (issued != null) {
            response.field("notBefore", issued.certificate().getNotBefore().toInstant().getEpochSecond())
                    .field("notAfter", issued.certificate().getNotAfter().toInstant().getEpochSecond());
        }
        return response;
    }
}
