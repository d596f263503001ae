package io.certflow.access;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DownloadLinksTest {

    private static final Instant WRITTEN = Instant.parse("2026-12-06T10:00:00Z");
    private static final UUID CERTIFICATE = UUID.fromString("9e053292-053e-4a4a-b247-24bbb8764bd6");

    private final DownloadLinks links = new DownloadLinks(new DownloadLinkProperties("s3cret-for-tests", Duration.ofDays(7)));

    @Test
    void shouldAcceptTheLinkItSignedWhenItHasNotExpired() {
        Link link = Link.parse(links.signedPath(CERTIFICATE, "fullchain", WRITTEN));

        assertThat(link.path()).isEqualTo("/downloads/" + CERTIFICATE + "/fullchain");
        assertThat(link.expires()).isEqualTo(WRITTEN.plus(Duration.ofDays(7)).getEpochSecond());
        assertThat(links.isValid(CERTIFICATE, "fullchain", link.expires(), link.signature(), WRITTEN.plusSeconds(60)))
                .isTrue();
    }

    @Test
    void shouldRefuseTheLinkWhenItHasExpired() {
        Link link = Link.parse(links.signedPath(CERTIFICATE, "fullchain", WRITTEN));

        assertThat(links.isValid(CERTIFICATE, "fullchain", link.expires(), link.signature(),
                Instant.ofEpochSecond(link.expires()))).isFalse();
    }

    @Test
    void shouldRefuseTheLinkWhenItsIdFormatOrExpiryWasChanged() {
        Link link = Link.parse(links.signedPath(CERTIFICATE, "fullchain", WRITTEN));
        Instant now = WRITTEN.plusSeconds(60);

        assertThat(links.isValid(UUID.randomUUID(), "fullchain", link.expires(), link.signature(), now)).isFalse();
        assertThat(links.isValid(CERTIFICATE, "pem", link.expires(), link.signature(), now)).isFalse();
        assertThat(links.isValid(CERTIFICATE, "fullchain", link.expires() + 86_400, link.signature(), now)).isFalse();
        assertThat(links.isValid(CERTIFICATE, "fullchain", link.expires(), null, now)).isFalse();
    }

    @Test
    void shouldRefuseTheLinkWhenAnotherSecretSignedIt() {
        DownloadLinks other = new DownloadLinks(new DownloadLinkProperties("another-secret", Duration.ofDays(7)));
        Link link = Link.parse(other.signedPath(CERTIFICATE, "fullchain", WRITTEN));

        assertThat(links.isValid(CERTIFICATE, "fullchain", link.expires(), link.signature(), WRITTEN)).isFalse();
    }

    @Test
    void shouldRefuseToStartWhenTheSecretIsBlank() {
        assertThatThrownBy(() -> new DownloadLinks(new DownloadLinkProperties(" ", Duration.ofDays(1))))
                .hasMessageContaining("DOWNLOAD_LINK_SECRET");
    }

    private record Link(String path, long expires, String signature) {
        static Link parse(String pathAndQuery) {
            URI uri = URI.create(pathAndQuery);
            Map<String, String> query = Stream.of(uri.getQuery().split("&")).map(pair -> pair.split("=", 2))
                    .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
            return new Link(uri.getPath(), Long.parseLong(query.get("expires")), query.get("signature"));
        }
    }
}
