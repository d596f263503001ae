package io.certflow.sandbox.csr;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.Provider;
import java.security.Security;

/** Registers Bouncy Castle once; its EC verification is several times faster than SunEC's. */
public final class BouncyCastle {

    public static final Provider PROVIDER = register();

    private BouncyCastle() {
    }

    private static Provider register() {
        Provider existing = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (existing != null) {
            return existing;
        }
        Provider provider = new BouncyCastleProvider();
        Security.addProvider(provider);
        return provider;
    }
}
