package io.certflow.gateway.sectigo;

import io.micronaut.core.annotation.Nullable;

/** Either the order Sectigo has ({@code order}) or why there is none yet ({@code error}). */
public record PlacementAnswer(@Nullable SectigoOrder order, @Nullable SectigoError error) {

    public static PlacementAnswer placed(SectigoOrder order) {
        return new PlacementAnswer(order, null);
    }

    public static PlacementAnswer failed(SectigoError error) {
        return new PlacementAnswer(null, error);
    }

    public boolean isPlaced() {
        return order != null;
    }
}
