package io.certflow.intake.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.certflow.events.DcvInstruction;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What the customer must do for the order to proceed.
 *
 * @param dcvInstructions how to prove control of each domain (approval email, file, DNS record)
 * @param verificationUrl where to complete an OV callback or EV click-through, once Sectigo asks
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NextStep(List<DcvInstruction> dcvInstructions, @Nullable String verificationUrl) {

    public NextStep {
        dcvInstructions = dcvInstructions == null ? List.of() : List.copyOf(dcvInstructions);
    }
}
