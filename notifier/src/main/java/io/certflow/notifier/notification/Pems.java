package io.certflow.notifier.notification;

import java.util.List;

/** PEM texts joined into one file, one block after the other. */
final class Pems {

    private Pems() {
    }

    static String join(List<String> pems) {
        StringBuilder file = new StringBuilder();
        for (String pem : pems) {
            file.append(pem);
            if (!pem.endsWith("\n")) {
                file.append('\n');
            }
        }
        return file.toString();
    }
}
