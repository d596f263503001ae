package io.certflow.intake.fuzz;

import io.certflow.intake.csr.Csrs;
import io.certflow.testkit.csr.GoldenCsr;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * CSR texts an attacker could send, each made from one seed: the testkit's golden CSR and valid
 * generated ones (RSA, EC, up to a thousand SANs), then bytes flipped, cut, re-encoded, wrapped in
 * random PEM armour or buried in noise.
 */
final class HostileCsrs {

    private static final List<String> VALID = List.of(GoldenCsr.PEM,
            Csrs.rsa("fuzz.example.com", "fuzz.example.com", "www.fuzz.example.com"),
            Csrs.of(Csrs.EC_P256, "ec.example.com"),
            Csrs.of(Csrs.EC_P224, "weak.example.com"),
            Csrs.of(Csrs.RSA_1024, "short.example.com"),
            Csrs.withoutCommonName(),
            Csrs.rsa("many.example.com", sans(1_000)));
    private static final List<String> LABELS = List.of("CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST",
            "CERTIFICATE", "PRIVATE KEY", "", "CERTIFICATE REQUEST ", "certificate request", "X".repeat(300));

    private HostileCsrs() {
    }

    static String from(long seed) {
        Random random = new Random(seed);
        String valid = VALID.get(random.nextInt(VALID.size()));
        byte[] der = der(valid);
        return switch (random.nextInt(9)) {
            case 0 -> valid;
            case 1 -> armour("CERTIFICATE REQUEST", flip(der, random));
            case 2 -> armour("CERTIFICATE REQUEST", Arrays.copyOf(der, random.nextInt(der.length)));
            case 3 -> valid.substring(0, random.nextInt(valid.length()));
            case 4 -> armour(LABELS.get(random.nextInt(LABELS.size())), der);
            case 5 -> Base64.getEncoder().encodeToString(flip(der, random));
            case 6 -> Noise.text(random, random.nextInt(200)) + valid + Noise.text(random, random.nextInt(200));
            case 7 -> armour("CERTIFICATE REQUEST", Noise.bytes(random, random.nextInt(4_000)));
            default -> valid.repeat(1 + random.nextInt(3));
        };
    }

    private static byte[] der(String pem) {
        String base64 = pem.replaceAll("-----[^-]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static byte[] flip(byte[] der, Random random) {
        byte[] copy = der.clone();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return copy;
    }

    private static String armour(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static String[] sans(int count) {
        return IntStream.range(0, count).mapToObj(i -> "n" + i + ".many.example.com").toArray(String[]::new);
    }
}
