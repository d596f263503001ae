package io.certflow.e2e;

import io.certflow.devstack.App;
import io.certflow.e2e.support.Callers;
import io.certflow.e2e.support.Callers.Kind;
import io.certflow.e2e.support.CertStore;
import io.certflow.e2e.support.Csrs;
import io.certflow.e2e.support.Http;
import io.certflow.e2e.support.Intake;
import io.certflow.e2e.support.Mailbox;
import io.certflow.e2e.support.Orders;
import io.certflow.e2e.support.ProductOrders;
import io.certflow.e2e.support.SystemUnderTest;
import io.certflow.testkit.auth.TokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static io.certflow.e2e.support.Mailbox.MailKind.ISSUED;
import static io.certflow.e2e.support.Scenario.END_STATE;
import static io.certflow.e2e.support.Scenario.accepted;
import static io.certflow.e2e.support.Scenario.awaitStatus;
import static io.certflow.e2e.support.Scenario.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every endpoint of order-intake and cert-store × every kind of caller, against the whole system:
 * 401 without a valid token of the configured issuer, 403 without the scope, 404 for another
 * tenant's order or certificate (as if it did not exist), success for its own tenant and for the
 * operator. The expected answers are the table in the module READMEs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixScenarioTest {

    private static final List<String> READ_ONLY = List.of("orders:read", "certificates:read");
    private static final List<String> CERTIFICATES_ONLY = List.of("certificates:read");
    private static final List<String> ORDERS_ONLY = List.of("orders:read", "orders:submit", "orders:manage");

    private final Intake intake = SystemUnderTest.intake();
    private final CertStore certStore = SystemUnderTest.certStore();
    private final Mailbox mailbox = SystemUnderTest.mailbox();
    private final TokenIssuer stranger = TokenIssuer.start(0);
    private final Callers callers = new Callers(SystemUnderTest.stack().tokens().issuer(), stranger);
    private String intakeUrl;
    private String certStoreUrl;
    private final Map<String, String> domains = new LinkedHashMap<>();
    private String readOrder;
    private String readCustomer;
    private String certificate;
    private final Map<Kind, String> replaceable = new LinkedHashMap<>();
    private final Map<Kind, String> revocable = new LinkedHashMap<>();

    @BeforeAll
    void issueAcmeOrders() {
        intakeUrl = SystemUnderTest.url(App.ORDER_INTAKE);
        certStoreUrl = SystemUnderTest.url(App.CERT_STORE);
        Map<String, String> submitted = new LinkedHashMap<>();
        for (String use : List.of("read", "replace-own", "replace-operator", "revoke-own", "revoke-operator")) {
            String domain = Orders.newDomain("access");
            Orders order = ProductOrders.dv(domain);
            String orderId = accepted(intake.submit(order.json()));
            submitted.put(use, orderId);
            if (use.equals("read")) {
                readCustomer = order.customerEmail();
            }
            domains.put(orderId, domain);
        }
        submitted.values().forEach(orderId -> awaitStatus(intake, orderId, "ISSUED"));
        readOrder = submitted.get("read");
        certificate = (String) single(certStore.forOrder(readOrder)).get("id");
        replaceable.put(Kind.RIGHT_TENANT, submitted.get("replace-own"));
        replaceable.put(Kind.OPERATOR, submitted.get("replace-operator"));
        revocable.put(Kind.RIGHT_TENANT, submitted.get("revoke-own"));
        revocable.put(Kind.OPERATOR, submitted.get("revoke-operator"));
    }

    @AfterAll
    void stopStranger() {
        stranger.close();
    }

    @Test
    void shouldAnswerEveryEndpointAsDocumentedWhenEachKindOfCallerCallsIt() {
        List<String> answers = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Kind kind : Kind.values()) {
                Http.Reply reply = endpoint.call(kind);
                answers.add(endpoint.name() + " × " + kind + " → " + endpoint.outcome(reply));
                expected.add(endpoint.name() + " × " + kind + " → " + endpoint.expected().get(kind));
            }
        }

        assertThat(answers).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldRefuseATokenSignedByTheIssuersKeyWhenItNamesAnotherIssuer() {
        assertThat(Http.get(intakeUrl + "/orders/" + readOrder, callers.forgedIssuer()).status()).isEqualTo(401);
        assertThat(Http.get(certStoreUrl + "/certificates/" + certificate, callers.forgedIssuer()).status())
                .isEqualTo(401);
    }

    @Test
    void shouldLeaveTheOrderUntouchedWhenAnotherTenantTriesToRevokeIt() {
        Map<String, String> globex = callers.header(Kind.OTHER_TENANT, List.of()).orElseThrow();

        Http.Reply reply = Http.postJson(intakeUrl + "/orders/" + readOrder + "/revocation",
                Http.json(Map.of("reason", "KEY_COMPROMISE")), globex);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(intake.order(readOrder)).containsEntry("status", "ISSUED").doesNotContainKey("revocation");
    }

    @Test
    void shouldServeTheFullChainWithoutATokenWhenTheCustomerOpensTheLinkOfTheIssuedEmail() {
        String link = await().atMost(END_STATE).until(() -> downloadLink(readCustomer), Optional::isPresent)
                .orElseThrow();

        Http.Reply download = Http.get(link);
        Http.Reply tampered = Http.get(link.replace("/fullchain?", "/pem?"));

        assertThat(link).startsWith(certStoreUrl.replace("127.0.0.1", "localhost") + "/downloads/" + certificate)
                .contains("expires=", "signature=");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(certStore.download(certificate, "fullchain"));
        assertThat(tampered.status()).isEqualTo(403);
    }

    @Test
    void shouldAnswerHealthWithoutATokenWhenAMonitorAsks() {
        assertThat(Http.get(intakeUrl + "/health").status()).isEqualTo(200);
        assertThat(Http.get(certStoreUrl + "/health").status()).isEqualTo(200);
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint("POST /orders", outcomes("202", "202", "403"),
                kind -> post(intakeUrl + "/orders", ProductOrders.dv(Orders.newDomain("matrix")).json(), kind,
                        READ_ONLY)));
        endpoints.add(new Endpoint("GET /orders/{id}", outcomes("404", "200", "200"),
                kind -> get(intakeUrl + "/orders/" + readOrder, kind, CERTIFICATES_ONLY)));
        endpoints.add(new Endpoint("POST /orders/{id}/replacement", outcomes("404", "202", "202"), kind -> {
            String orderId = replaceable.getOrDefault(kind, readOrder);
            return post(intakeUrl + "/orders/" + orderId + "/replacement",
                    Http.json(Map.of("csr", Csrs.rsa(domains.get(orderId)))), kind, READ_ONLY);
        }));
        endpoints.add(new Endpoint("POST /orders/{id}/revocation", outcomes("404", "202", "202"),
                kind -> post(intakeUrl + "/orders/" + revocable.getOrDefault(kind, readOrder) + "/revocation",
                        Http.json(Map.of("reason", "SUPERSEDED")), kind, READ_ONLY)));
        endpoints.add(new Endpoint("GET /certificates?orderId", outcomes("200: 0", "200: 1", "200: 1"),
                kind -> get(certStoreUrl + "/certificates?orderId=" + readOrder, kind, ORDERS_ONLY)));
        for (String suffix : List.of("", "/pem", "/chain", "/fullchain", "/der", "/p7b")) {
            endpoints.add(new Endpoint("GET /certificates/{id}" + suffix, outcomes("404", "200", "200"),
                    kind -> get(certStoreUrl + "/certificates/" + certificate + suffix, kind, ORDERS_ONLY)));
        }
        return endpoints;
    }

    /** 401 for the three token faults and 403 for the missing scope, then what the last three get. */
    private static Map<Kind, String> outcomes(String otherTenant, String rightTenant, String operator) {
        Map<Kind, String> expected = new LinkedHashMap<>();
        expected.put(Kind.NO_TOKEN, "401");
        expected.put(Kind.WRONG_ISSUER, "401");
        expected.put(Kind.EXPIRED, "401");
        expected.put(Kind.WRONG_SCOPE, "403");
        expected.put(Kind.OTHER_TENANT, otherTenant);
        expected.put(Kind.RIGHT_TENANT, rightTenant);
        expected.put(Kind.OPERATOR, operator);
        return expected;
    }

    private Optional<String> downloadLink(String customer) {
        return mailbox.to(customer, ISSUED).stream().flatMap(mail -> mail.text().lines())
                .map(String::trim).filter(line -> line.contains("/downloads/")).findFirst();
    }

    private Http.Reply get(String url, Kind kind, List<String> wrongScopes) {
        return Http.get(url, callers.header(kind, wrongScopes).orElse(Map.of()));
    }

    private Http.Reply post(String url, String json, Kind kind, List<String> wrongScopes) {
        return Http.postJson(url, json, callers.header(kind, wrongScopes).orElse(Map.of()));
    }

    private record Endpoint(String name, Map<Kind, String> expected, Function<Kind, Http.Reply> call) {

        Http.Reply call(Kind kind) {
            return call.apply(kind);
        }

        /** The status, and for a search the number of certificates found. */
        String outcome(Http.Reply reply) {
            return name.contains("?") && reply.status() == 200 ? "200: " + reply.list().size()
                    : String.valueOf(reply.status());
        }
    }
}
