package io.certflow.gateway.audit;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CallAuditRedactionTest {

    @Test
    void shouldReplaceEveryPasswordWhenParametersAreAudited() {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("loginName", "certflow-reseller");
        sent.put("loginPassword", "sandbox-secret");
        sent.put("LOGINPASSWORD", "again");
        sent.put("csr", "-----BEGIN CERTIFICATE REQUEST-----");

        Map<String, String> kept = CallAudit.redact(sent);

        assertThat(kept).containsEntry("loginName", "certflow-reseller").containsEntry("loginPassword", "***")
                .containsEntry("LOGINPASSWORD", "***").containsEntry("csr", "-----BEGIN CERTIFICATE REQUEST-----");
        assertThat(kept.values()).doesNotContain("sandbox-secret", "again");
    }
}
