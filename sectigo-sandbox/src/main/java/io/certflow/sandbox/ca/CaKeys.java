package io.certflow.sandbox.ca;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A CA certificate with its private key. */
public record CaKeys(X509Certificate certificate, PrivateKey privateKey) {
}
