package io.certflow.testkit.http;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormsTest {

    @Test
    void shouldEncodeNamesAndValuesInOrderWhenFormHasReservedCharacters() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csr", "-----BEGIN CERTIFICATE REQUEST-----\nMII+/=\n");
        form.put("1_PPP", "2411");
        form.put("name", "Jörg & Co");

        assertThat(Forms.encode(form)).isEqualTo("csr=-----BEGIN+CERTIFICATE+REQUEST-----%0AMII%2B%2F%3D%0A"
                + "&1_PPP=2411&name=J%C3%B6rg+%26+Co");
    }

    @Test
    void shouldKeepEveryValueInOrderWhenNameRepeats() {
        Map<String, List<String>> form = Forms.decode("errorCode=0&caCertificate=a%2Bb&caCertificate=c+d&empty");

        assertThat(form).containsExactly(Map.entry("errorCode", List.of("0")),
                Map.entry("caCertificate", List.of("a+b", "c d")), Map.entry("empty", List.of("")));
    }

    @Test
    void shouldAnswerNoNamesWhenBodyIsEmpty() {
        assertThat(Forms.decode("")).isEmpty();
        assertThat(Forms.encode(Map.of())).isEmpty();
    }
}
