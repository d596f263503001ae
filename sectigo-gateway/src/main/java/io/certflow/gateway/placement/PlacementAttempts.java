package io.certflow.gateway.placement;

import io.certflow.events.CertificateType;
import io.certflow.events.FailureReason;
import io.certflow.gateway.sectigo.AutoApplyRequest;
import io.certflow.gateway.sectigo.ErrorKind;
import io.certflow.gateway.sectigo.PlacementAnswer;
import io.certflow.gateway.sectigo.ReplacementLookup;
import io.certflow.gateway.sectigo.SectigoError;
import io.certflow.gateway.sectigo.SectigoOrder;
import io.certflow.gateway.sectigo.SectigoOrders;
import io.certflow.gateway.sectigo.SectigoReplacements;
import io.certflow.gateway.sectigo.SmimeOrders;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * One attempt of a ledger row's current step against Sectigo: place (SSL or S/MIME), replace, or
 * authorize. A replacement names the order it replaces by our id; its Sectigo number comes from this
 * ledger, so a replacement of an order the gateway never placed fails, and one of an order still being
 * placed waits. A replacement whose answer was lost is found again ({@link ReplacementLookup}).
 */
@Singleton
public class PlacementAttempts {

    private final SectigoOrders ssl;
    private final SmimeOrders smime;
    private final SectigoReplacements replacements;
    private final ReplacementLookup lookup;
    private final PlacementRepository placements;

    public PlacementAttempts(SectigoOrders ssl, SmimeOrders smime, SectigoReplacements replacements,
                             ReplacementLookup lookup, PlacementRepository placements) {
        this.ssl = ssl;
        this.smime = smime;
        this.replacements = replacements;
        this.lookup = lookup;
        this.placements = placements;
    }

    public PlacementAnswer attempt(Placement claimed) {
        return switch (claimed.step()) {
            case AUTHORIZE -> smime.authorize(claimed.orderId(), claimed.sectigoOrderNumber());
            case REPLACE -> replace(claimed);
            case PLACE -> isSmime(claimed) ? smime.place(claimed.orderId(), claimed.details())
                    : ssl.place(claimed.orderId(), claimed.details());
        };
    }

    /**
     * Before giving up after attempts without a clear answer: a new order that reached Sectigo after all
     * is found by its foreignOrderNumber. Replacements and authorizations carry none to look for.
     */
    public PlacementAnswer lastLook(Placement claimed, SectigoError lastError) {
        if (claimed.step() != PlacementStep.PLACE) {
            return PlacementAnswer.failed(lastError);
        }
        return isSmime(claimed) ? smime.lookUp(claimed.orderId(), lastError)
                : ssl.lookUp(claimed.orderId(), lastError);
    }

    private PlacementAnswer replace(Placement claimed) {
        Optional<Placement> replaced = placements.findById(claimed.replacesOrderId());
        if (replaced.isEmpty()) {
            return refused("the order to replace, " + claimed.replacesOrderId() + ", is unknown to the gateway");
        }
        Placement old = replaced.get();
        if (old.hasFailed()) {
            return refused("the order to replace, " + old.orderId() + ", was never placed with Sectigo");
        }
        if (!old.isPlaced()) {
            return PlacementAnswer.failed(SectigoError.transientFailure("the order to replace, " + old.orderId()
                    + ", is still being placed"));
        }
        PlacementAnswer answer = replacements.replace(claimed.orderId(), claimed.details(), old.sectigoOrderNumber(),
                Boolean.TRUE.equals(claimed.revokeReplaced()));
        return claimed.attempts() > 1 && alreadyReplaced(answer) ? adoptEarlierReplacement(claimed, old, answer)
                : answer;
    }

    /**
     * An earlier attempt went unanswered and now the old order is replaced (or revoked with it): that
     * attempt got through. Its order is the newest replacement of the old one that no order of this
     * ledger has claimed; without one the refusal stands.
     */
    private PlacementAnswer adoptEarlierReplacement(Placement claimed, Placement old, PlacementAnswer refusal) {
        Optional<List<String>> found = lookup.replacementsOf(claimed.orderId(), old.sectigoOrderNumber(),
                claimed.createdAt());
        if (found.isEmpty()) {
            return PlacementAnswer.failed(SectigoError.transientFailure("the replacement lookup failed"));
        }
        boolean ssl = !isSmime(claimed);
        return found.get().stream().filter(number -> !placements.existsBySectigoOrderNumber(number)).findFirst()
                .map(number -> PlacementAnswer.placed(new SectigoOrder(number, null, null, null,
                        ssl ? AutoApplyRequest.uniqueValueOf(claimed.orderId()) : null)))
                .orElse(refusal);
    }

    private static boolean alreadyReplaced(PlacementAnswer answer) {
        return !answer.isPlaced() && ("-136".equals(answer.error().providerCode())
                || "-20".equals(answer.error().providerCode()));
    }

    private static boolean isSmime(Placement placement) {
        return placement.details().type() == CertificateType.SMIME;
    }

    private static PlacementAnswer refused(String message) {
        return PlacementAnswer.failed(new SectigoError(ErrorKind.PERMANENT, FailureReason.INVALID_REQUEST, message,
                "replacesOrderId", null));
    }
}
