package io.certflow.intake.product;

/** How much Sectigo validates before issuing: the domain only, the organization, or extended. */
public enum ValidationLevel {
    DV, OV, EV
}
