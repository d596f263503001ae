package io.certflow.sandbox.validation;

import io.certflow.sandbox.product.Product;
import io.certflow.sandbox.product.Scope;
import io.certflow.sandbox.product.Validation;
import io.certflow.sandbox.protocol.Errors;

/**
 * The CSR Common Name against the product: -5 / -6 wildcards, -18 an absolute FQDN (trailing dot),
 * -19 a public IP address without IP validation, -35 an IP address that can never be certified
 * here (private, or on an EV or wildcard product).
 */
public final class CommonNameRules {

    private CommonNameRules() {
    }

    public static void check(String commonName, Product product, boolean ipValidation) {
        if (commonName.endsWith(".")) {
            throw Errors.cnIsFqdn();
        }
        if (Names.isIp(commonName)) {
            checkIp(commonName, product, ipValidation);
            return;
        }
        boolean hasWildcard = commonName.contains("*");
        if (product.scope() == Scope.WILDCARD) {
            if (!Names.isWildcard(commonName)) {
                throw Errors.wildcardRequired();
            }
        } else if (hasWildcard) {
            throw Errors.wildcardNotAllowed();
        }
        if (!hasWildcard && !Names.isHost(commonName)) {
            throw Errors.invalid("csr");
        }
    }

    private static void checkIp(String commonName, Product product, boolean ipValidation) {
        if (!Names.isPublicIp(commonName) || product.validation() == Validation.EV
                || product.scope() == Scope.WILDCARD) {
            throw Errors.cnIsIp();
        }
        if (!ipValidation) {
            throw Errors.cnIsPublicIp();
        }
    }
}
