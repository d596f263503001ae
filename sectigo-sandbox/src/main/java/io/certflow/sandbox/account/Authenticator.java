package io.certflow.sandbox.account;

import io.certflow.sandbox.api.Endpoint;
import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;
import io.certflow.sandbox.validation.Values;
import jakarta.inject.Singleton;

/** loginName / loginPassword: -3 when absent, -16 when wrong (with the endpoint's own message). */
@Singleton
public class Authenticator {

    private final AccountStore accounts;

    public Authenticator(AccountStore accounts) {
        this.accounts = accounts;
    }

    public Account login(Endpoint endpoint, Params params) {
        String loginName = Values.required(params, "loginName");
        String password = Values.required(params, "loginPassword");
        return accounts.authenticate(loginName, password).orElseThrow(() -> endpoint.autoApply()
                ? Errors.permissionDenied("!AutoApplyOrder") : Errors.loginFailed());
    }
}
