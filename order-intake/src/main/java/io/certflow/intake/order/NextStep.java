package io.certflow.intake.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.certflow.events.DcvInstruction;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What the customer must do (or wait for) for the order to proceed; {@link Kind} says which, and
 * only that kind's fields are present.
 *
 * @param kind             which step
 * @param description      the step in plain words
 * @param dcvInstructions  DCV: how to prove control of each domain (approval email, file, DNS record)
 * @param url              CALLBACK: Sectigo's OV callback link; CLICK_THROUGH: its EV agreement link
 * @param verificationCode CALLBACK / CLICK_THROUGH: the code Sectigo issued for the link
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NextStep(@Nullable Kind kind, @Nullable String description, List<DcvInstruction> dcvInstructions,
                       @Nullable String url, @Nullable String verificationCode) {

    /** The kinds of step, each named for what the customer does. */
    public enum Kind {
        /** Prove control of the domains, as each instruction says. */
        DCV,
        /** OV: complete Sectigo's callback at {@code url} with {@code verificationCode}. */
        CALLBACK,
        /** EV: accept the subscriber agreement at {@code url}. */
        CLICK_THROUGH,
        /** Nothing to do; Sectigo is checking something itself. */
        WAIT
    }

    public NextStep {
        dcvInstructions = dcvInstructions == null ? List.of() : List.copyOf(dcvInstructions);
        // rows written before kinds existed held DCV instructions only
        kind = kind == null ? Kind.DCV : kind;
    }

    /** The DCV instructions of a placement; absent when there are none. */
    public static @Nullable NextStep dcv(List<DcvInstruction> instructions) {
        return instructions == null || instructions.isEmpty() ? null : new NextStep(Kind.DCV,
                "Prove control of each domain as its instruction says; Sectigo checks automatically",
                instructions, null, null);
    }

    public static NextStep callback(@Nullable String url, @Nullable String verificationCode) {
        return new NextStep(Kind.CALLBACK, "Complete Sectigo's organization callback: open the link and "
                + "confirm with the verification code", List.of(), url, verificationCode);
    }

    public static NextStep clickThrough(@Nullable String url, @Nullable String verificationCode) {
        return new NextStep(Kind.CLICK_THROUGH, "Accept the EV subscriber agreement: open the link and confirm",
                List.of(), url, verificationCode);
    }

    public static NextStep waitFor(String description) {
        return new NextStep(Kind.WAIT, description, List.of(), null, null);
    }
}
