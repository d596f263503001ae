package io.certflow.sandbox.handler;

import io.certflow.sandbox.account.Account;
import io.certflow.sandbox.account.Authenticator;
import io.certflow.sandbox.api.Endpoint;
import io.certflow.sandbox.api.EndpointHandler;
import io.certflow.sandbox.api.SectigoResponse;
import io.certflow.sandbox.order.OrderActions;
import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;
import jakarta.inject.Singleton;

import java.util.Set;

/** !AutoRevokeSSL by orderNumber or certificateID (S/MIME orders too); the revocation is pushed. */
@Singleton
public class RevokeHandler implements EndpointHandler {

    private final Authenticator authenticator;
    private final OrderLookup lookup;
    private final OrderActions actions;

    public RevokeHandler(Authenticator authenticator, OrderLookup lookup, OrderActions actions) {
        this.authenticator = authenticator;
        this.lookup = lookup;
        this.actions = actions;
    }

    @Override
    public Set<Endpoint> endpoints() {
        return Set.of(Endpoint.AUTO_REVOKE_SSL);
    }

    @Override
    public SectigoResponse handle(Endpoint endpoint, Params params) {
        Account account = authenticator.login(endpoint, params);
        endpoint.parameters().firstTooLong(params).ifPresent(name -> {
            throw Errors.invalid(name);
        });
        actions.revoke(lookup.byNumberOrCertificateId(params, account),
                params.text("revocationReason").orElse("unspecified"));
        return SectigoResponse.success(0).build();
    }
}
