package io.certflow.testkit.csr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GoldenCsrTest {

    @Test
    void shouldReadOnePemBlockWithFinalLineEndWhenLoaded() {
        assertThat(GoldenCsr.PEM).startsWith("-----BEGIN CERTIFICATE REQUEST-----\nMIIBGjCBwQIBADAb")
                .endsWith("qfh9qOXfgw==\n-----END CERTIFICATE REQUEST-----\n").hasLineCount(8);
    }
}
