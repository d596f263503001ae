package io.certflow.gateway.dcv;

import io.certflow.events.Dcv;
import io.certflow.events.DcvInstruction;
import io.certflow.events.DcvMethod;
import io.certflow.events.DomainDcv;
import io.certflow.gateway.support.OrderFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.certflow.gateway.support.OrderFixtures.GOLDEN_CSR_MD5;
import static io.certflow.gateway.support.OrderFixtures.GOLDEN_CSR_SHA256;
import static org.assertj.core.api.Assertions.assertThat;

class DcvInstructionsTest {

    private static final String MD5 = GOLDEN_CSR_MD5.toLowerCase();
    private static final String SHA = GOLDEN_CSR_SHA256.toLowerCase();

    private static final DcvFacts FACTS = DcvFacts.of(OrderFixtures.GOLDEN_FACTS);

    @Test
    void shouldNameTheCsrsCommonNameWhenTheOrderNamesNoDomain() {
        var single = OrderFixtures.goldenWith(Dcv.of(DcvMethod.CNAME_CSR_HASH), List.of());

        assertThat(DcvInstructions.of(single, FACTS, null)).extracting(DcvInstruction::domain)
                .containsExactly("shop.example.com");
        assertThat(DcvInstructions.needFacts(single)).isTrue();
    }

    @Test
    void shouldNeedNoFactsWhenEveryNamedDomainIsValidatedByEmail() {
        var email = OrderFixtures.goldenWith(new Dcv(DcvMethod.EMAIL, null,
                List.of("admin@a.example.com", "admin@b.example.com")), List.of("a.example.com", "b.example.com"));

        assertThat(DcvInstructions.needFacts(email)).isFalse();
        assertThat(DcvInstructions.needFacts(OrderFixtures.golden())).isTrue();
    }

    @Test
    void shouldGiveOneCnameRecordPerDomainWhenMethodIsCnameCsrHash() {
        List<DcvInstruction> instructions = DcvInstructions.of(OrderFixtures.golden(), FACTS, "a1b2c3d4e5");

        assertThat(instructions).containsExactly(
                new DcvInstruction("shop.example.com", DcvMethod.CNAME_CSR_HASH, null, null, null,
                        "_" + MD5 + ".shop.example.com",
                        SHA.substring(0, 32) + "." + SHA.substring(32) + ".a1b2c3d4e5.sectigo.com"),
                new DcvInstruction("www.shop.example.com", DcvMethod.CNAME_CSR_HASH, null, null, null,
                        "_" + MD5 + ".www.shop.example.com",
                        SHA.substring(0, 32) + "." + SHA.substring(32) + ".a1b2c3d4e5.sectigo.com"));
    }

    @Test
    void shouldLeaveOutTheUniqueValueWhenThereIsNone() {
        DcvInstruction cname = DcvInstructions.of(OrderFixtures.golden(), FACTS, null).get(0);

        assertThat(cname.cnameTarget()).isEqualTo(SHA.substring(0, 32) + "." + SHA.substring(32) + ".sectigo.com");
    }

    @Test
    void shouldGiveTheFileUrlAndContentWhenMethodIsHttpOrHttpsCsrHash() {
        var http = DcvInstructions.of(OrderFixtures.goldenWith(Dcv.of(DcvMethod.HTTP_CSR_HASH), List.of()), FACTS,
                "uv1");
        var https = DcvInstructions.of(OrderFixtures.goldenWith(Dcv.of(DcvMethod.HTTPS_CSR_HASH), List.of()), FACTS,
                null);

        assertThat(http).containsExactly(new DcvInstruction("shop.example.com", DcvMethod.HTTP_CSR_HASH, null,
                "http://shop.example.com/.well-known/pki-validation/" + GOLDEN_CSR_MD5 + ".txt",
                GOLDEN_CSR_SHA256 + "\nsectigo.com\nuv1", null, null));
        assertThat(https.get(0).httpFileUrl()).startsWith("https://shop.example.com/.well-known/pki-validation/");
        assertThat(https.get(0).httpFileContent()).isEqualTo(GOLDEN_CSR_SHA256 + "\nsectigo.com");
    }

    @Test
    void shouldNameTheApproverOfEachDomainWhenMethodIsEmail() {
        var single = DcvInstructions.of(OrderFixtures.goldenWith(Dcv.email("admin@shop.example.com"), List.of()),
                FACTS, null);
        var multi = DcvInstructions.of(OrderFixtures.goldenWith(new Dcv(DcvMethod.EMAIL, null,
                List.of("admin@a.example.com", "admin@b.example.com")), List.of("a.example.com", "b.example.com")),
                FACTS, null);

        assertThat(single).containsExactly(new DcvInstruction("shop.example.com", DcvMethod.EMAIL,
                "admin@shop.example.com", null, null, null, null));
        assertThat(multi).extracting(DcvInstruction::domain, DcvInstruction::emailAddress)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.example.com", "admin@a.example.com"),
                        org.assertj.core.groups.Tuple.tuple("b.example.com", "admin@b.example.com"));
    }

    @Test
    void shouldGiveEachDomainTheInstructionOfItsOwnMethodWhenMethodsAreMixed() {
        Dcv mixed = new Dcv(DcvMethod.CNAME_CSR_HASH, null, List.of(), List.of(
                new DomainDcv("shop.example.com", DcvMethod.EMAIL, "admin@shop.example.com"),
                new DomainDcv("api.shop.example.com", DcvMethod.HTTPS_CSR_HASH, null)));

        List<DcvInstruction> instructions = DcvInstructions.of(OrderFixtures.ovMultiDomain(mixed), FACTS, "a1b2c3d4e5");

        assertThat(instructions).extracting(DcvInstruction::domain, DcvInstruction::method).containsExactly(
                org.assertj.core.groups.Tuple.tuple("shop.example.com", DcvMethod.EMAIL),
                org.assertj.core.groups.Tuple.tuple("www.shop.example.com", DcvMethod.CNAME_CSR_HASH),
                org.assertj.core.groups.Tuple.tuple("api.shop.example.com", DcvMethod.HTTPS_CSR_HASH));
        assertThat(instructions.get(0).emailAddress()).isEqualTo("admin@shop.example.com");
        assertThat(instructions.get(1).cnameHost()).isEqualTo("_" + MD5 + ".www.shop.example.com");
        assertThat(instructions.get(2).httpFileUrl()).isEqualTo("https://api.shop.example.com/.well-known/"
                + "pki-validation/" + GOLDEN_CSR_MD5 + ".txt");
        assertThat(instructions.get(2).httpFileContent()).isEqualTo(GOLDEN_CSR_SHA256 + "\nsectigo.com\na1b2c3d4e5");
    }

    @Test
    void shouldTakeEachApproverByPositionWhenEveryDomainIsValidatedByEmail() {
        List<DomainDcv> plan = DcvPlan.of(new Dcv(DcvMethod.EMAIL, null, List.of("admin@a.example", "admin@b.example")),
                List.of("a.example", "b.example"));

        assertThat(plan).containsExactly(new DomainDcv("a.example", DcvMethod.EMAIL, "admin@a.example"),
                new DomainDcv("b.example", DcvMethod.EMAIL, "admin@b.example"));
    }
}
