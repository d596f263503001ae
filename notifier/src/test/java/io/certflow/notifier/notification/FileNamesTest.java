package io.certflow.notifier.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @Test
    void shouldUseSubjectCommonNameWhenSubjectHasOne() {
        assertThat(FileNames.forCertificate("CN=shop.example.com,O=Example Shop GmbH,C=DE", "other"))
                .isEqualTo("shop.example.com");
    }

    @Test
    void shouldSpellOutWildcardAndDropUnsafeCharactersWhenNamingFiles() {
        assertThat(FileNames.forCertificate("CN=*.example.com", "x")).isEqualTo("wildcard.example.com");
        assertThat(FileNames.forCertificate("O=No CN", "../etc/passwd")).isEqualTo("_etc_passwd");
    }
}
