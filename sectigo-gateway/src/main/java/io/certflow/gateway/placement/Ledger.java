package io.certflow.gateway.placement;

import io.certflow.events.OrderChannel;
import io.certflow.events.OrderRequested;
import io.certflow.gateway.dcv.DcvFacts;
import io.certflow.gateway.dcv.DcvInstructions;
import io.certflow.messaging.inbox.Inbox;
import io.certflow.messaging.inbox.OrderKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The work queue of orders to place. Recording is all the listener does (one short transaction);
 * workers claim due rows from here.
 */
@Singleton
public class Ledger {

    static final String CONSUMER = "sectigo-gateway.placement";

    private final PlacementRepository placements;
    private final Inbox inbox;
    private final PlacementProperties settings;
    private final Clock clock;

    public Ledger(PlacementRepository placements, Inbox inbox, PlacementProperties settings, Clock clock) {
        this.placements = placements;
        this.inbox = inbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records a requested order once, whether the event is redelivered or the order requested twice. */
    public void record(OrderRequested event) {
        inbox.handle(CONSUMER, event, OrderKey.order(event.orderId()), () -> {
            if (!placements.existsById(event.orderId())) {
                placements.save(Placement.request(event.orderId(), event.metadata().eventId(),
                        event.replacesOrderId(), event.revokeReplaced(), channelOf(event), event.order(),
                        dcvFactsOf(event), clock.instant()));
            }
        });
    }

    /**
     * Claims up to {@code limit} (at most the batch size) due rows of one channel for one attempt each;
     * the Sectigo calls happen after this commits.
     */
    @Transactional
    public List<Placement> claimDue(OrderChannel channel, int limit, Instant now) {
        return placements.findDueForUpdate(channel.name(), now, Math.min(limit, settings.batchSize())).stream()
                .map(p -> placements.update(p.claim(now, settings.lease()))).toList();
    }

    /**
     * The facts the DCV instructions will need, taken now: an event without them (written before they
     * existed) is refused here, before Sectigo is called, rather than after the order was placed.
     */
    @Nullable
    private static DcvFacts dcvFactsOf(OrderRequested event) {
        if (DcvInstructions.needFacts(event.order())) {
            return DcvFacts.of(event.requireFacts());
        }
        return event.facts() == null ? null : DcvFacts.of(event.facts());
    }

    /** Events written before the channel existed came from the API or a replacement. */
    private static OrderChannel channelOf(OrderRequested event) {
        return event.channel() == null ? OrderChannel.API : event.channel();
    }
}
