package io.certflow.e2e;

import io.certflow.e2e.support.CertStore;
import io.certflow.e2e.support.Certificates;
import io.certflow.e2e.support.Intake;
import io.certflow.e2e.support.Orders;
import io.certflow.e2e.support.ProductOrders;
import io.certflow.e2e.support.Sandbox;
import io.certflow.e2e.support.SystemUnderTest;
import org.junit.jupiter.api.Test;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

import static io.certflow.e2e.support.Scenario.accepted;
import static io.certflow.e2e.support.Scenario.awaitStatus;
import static io.certflow.e2e.support.Scenario.parameter;
import static io.certflow.e2e.support.Scenario.single;
import static org.assertj.core.api.Assertions.assertThat;

/** DV products beyond the single name: a wildcard certificate and a bundle placed as one Sectigo order. */
class ProductScenarioTest {

    private final Intake intake = SystemUnderTest.intake();
    private final CertStore certStore = SystemUnderTest.certStore();
    private final Sandbox sandbox = SystemUnderTest.sandbox();

    @Test
    void shouldStoreCertificateCoveringEveryNameBelowDomainWhenWildcardOrderIsIssued() {
        String base = Orders.newDomain("wildcard");
        Orders order = ProductOrders.dvWildcard(base);

        String orderId = accepted(intake.submit(order.json()));

        awaitStatus(intake, orderId, "ISSUED");
        Map<String, Object> stored = single(certStore.forOrder(orderId));
        X509Certificate leaf = Certificates.single(certStore.download((String) stored.get("id"), "pem"));
        assertThat(leaf.getSubjectX500Principal().getName()).contains("CN=*." + base);
        assertThat(Certificates.dnsNames(leaf)).contains("*." + base);
        assertThat(covers(Certificates.dnsNames(leaf), "api." + base)).as("api.%s is covered", base).isTrue();
        assertThat(covers(Certificates.dnsNames(leaf), "a.b." + base)).as("one label only").isFalse();
        @SuppressWarnings("unchecked")
        List<String> storedNames = (List<String>) stored.get("subjectAlternativeNames");
        assertThat(storedNames).contains("*." + base);
    }

    @Test
    void shouldPlaceBundledProductCodesInOneSectigoOrderWhenDvOrderComesWithCodeGuard() {
        Orders order = ProductOrders.dvWithCodeGuard(Orders.newDomain("bundle"));

        String orderId = accepted(intake.submit(order.json()));

        awaitStatus(intake, orderId, "ISSUED");
        @SuppressWarnings("unchecked")
        List<Integer> productCodes = (List<Integer>) single(sandbox.ordersFor(orderId)).get("productCodes");
        assertThat(productCodes).containsExactlyInAnyOrder(488, 700);
        Map<String, Object> call = single(sandbox.calls().stream()
                .filter(candidate -> String.valueOf(candidate.get("endpoint")).contains("AutoApply"))
                .filter(candidate -> parameter(candidate, "foreignOrderNumber").equals(orderId)).toList());
        assertThat(parameter(call, "product").split(",")).containsExactlyInAnyOrder("488", "700");
        assertThat(parameter(call, "domains")).isEqualTo("1");
        assertThat(certStore.forOrder(orderId)).hasSize(1);
    }

    /** RFC 6125: a wildcard stands for exactly one leftmost label. */
    private static boolean covers(List<String> names, String host) {
        String parent = host.substring(host.indexOf('.') + 1);
        return names.contains(host) || names.contains("*." + parent);
    }
}
