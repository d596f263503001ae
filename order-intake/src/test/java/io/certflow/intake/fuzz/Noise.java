package io.certflow.intake.fuzz;

import java.util.Random;

/** Random text and bytes, unicode included (surrogates, right-to-left marks, NUL and controls). */
final class Noise {

    private static final String ODD = "\u0000\u0007\u202e\u200b\ufeff\ud83d\ude00\ud800é漢\\\"'<>&%{}[]:,\n\r\t";

    private Noise() {
    }

    static String text(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(4) == 0 ? ODD.charAt(random.nextInt(ODD.length()))
                    : (char) (32 + random.nextInt(95)));
        }
        return text.toString();
    }

    static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
