package io.certflow.gateway.collection;

import io.certflow.events.CertificateType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CollectionTest {

    private static final Instant PLACED = Instant.parse("2026-11-22T09:00:00Z");
    private static final CollectionProperties RULES = new CollectionProperties(Duration.ofHours(3),
            Duration.ofHours(2), Duration.ofMinutes(2));
    private static final UUID ORDER = UUID.randomUUID();

    @Test
    void shouldCollectAnSmimeOrderOneIntervalAfterPlacementWhetherOrNotPushesCome() {
        Collection smime = blank(PLACED).track(ORDER, CertificateType.SMIME, PLACED, RULES);
        Collection pushed = smime.pushed(false, PLACED.plusSeconds(60), RULES);

        assertThat(smime.nextCollectionAt()).isEqualTo(PLACED.plus(Duration.ofHours(3)));
        assertThat(pushed.nextCollectionAt()).isEqualTo(PLACED.plus(Duration.ofHours(3)));
    }

    @Test
    void shouldCollectAnSslOrderOnlyWhenItStayedSilentForTheGrace() {
        Collection ssl = blank(PLACED).track(ORDER, CertificateType.SSL, PLACED, RULES);
        Collection heard = ssl.pushed(false, PLACED.plus(Duration.ofMinutes(90)), RULES);

        assertThat(ssl.nextCollectionAt()).isEqualTo(PLACED.plus(Duration.ofHours(2)));
        assertThat(heard.nextCollectionAt()).isEqualTo(PLACED.plus(Duration.ofMinutes(90 + 120)));
        assertThat(heard.lastPushAt()).isEqualTo(PLACED.plus(Duration.ofMinutes(90)));
    }

    @Test
    void shouldKeepTheIntervalSinceTheLastCollectionWhenAPushPostponesIt() {
        Instant collectedAt = PLACED.plus(Duration.ofHours(2));
        Collection collected = blank(PLACED).track(ORDER, CertificateType.SSL, PLACED, RULES)
                .collected(false, "pending", collectedAt, RULES);
        Collection heard = collected.pushed(false, collectedAt.plusSeconds(1), RULES);

        assertThat(collected.nextCollectionAt()).isEqualTo(collectedAt.plus(Duration.ofHours(3)));
        assertThat(heard.nextCollectionAt()).isEqualTo(collectedAt.plus(Duration.ofHours(3)));
        assertThat(collected.collections()).isEqualTo(1);
    }

    @Test
    void shouldNeverCollectAgainWhenAPushOrACollectionBroughtTheResult() {
        Collection tracked = blank(PLACED).track(ORDER, CertificateType.SSL, PLACED, RULES);
        Collection byPush = tracked.pushed(true, PLACED.plusSeconds(5), RULES);
        Collection byCollection = tracked.collected(true, "ISSUED (Valid/2)", PLACED.plusSeconds(5), RULES);

        assertThat(byPush.state()).isEqualTo(CollectionState.SETTLED);
        assertThat(byPush.nextCollectionAt()).isNull();
        assertThat(byPush.pushed(false, PLACED.plusSeconds(9), RULES)).isEqualTo(byPush);
        assertThat(byCollection.state()).isEqualTo(CollectionState.SETTLED);
        assertThat(byCollection.lastOutcome()).isEqualTo("ISSUED (Valid/2)");
    }

    @Test
    void shouldRememberAPushThatCameBeforeThePlacementWasRecorded() {
        Instant pushedAt = PLACED.plusSeconds(30);
        Collection settledFirst = blank(PLACED).pushed(true, pushedAt, RULES).track(ORDER, CertificateType.SSL,
                PLACED, RULES);
        Collection heardFirst = blank(PLACED).pushed(false, pushedAt, RULES).track(ORDER, CertificateType.SSL,
                PLACED, RULES);

        assertThat(settledFirst.state()).isEqualTo(CollectionState.SETTLED);
        assertThat(settledFirst.nextCollectionAt()).isNull();
        assertThat(settledFirst.orderId()).isEqualTo(ORDER);
        assertThat(heardFirst.nextCollectionAt()).isEqualTo(pushedAt.plus(Duration.ofHours(2)));
    }

    /** The row as the ledger's insert creates it: only the Sectigo order number is known. */
    private static Collection blank(Instant now) {
        return new Collection("1234567", null, null, CollectionState.WATCHING, null, null, null, null, 0, null, null,
                now, now, 0L);
    }
}
