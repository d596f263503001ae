package io.certflow.sandbox.csr;

import java.util.Base64;

/** PEM armour with 64-character lines, as openssl writes it. */
public final class Pem {

    private Pem() {
    }

    public static String encode(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
