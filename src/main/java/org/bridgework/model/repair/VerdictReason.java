package org.bridgework.model.repair;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One reason behind a suggested verdict.
 *
 * @param factor the input the reason is about
 * @param code   what it says about that input
 * @param value  the input's value (a rating, or the mean of value ratings); empty when not rated
 */
public record VerdictReason(AssessmentFactor factor, VerdictReasonCode code, OptionalDouble value) {

    public VerdictReason {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(code, "code");
        value = Objects.requireNonNullElse(value, OptionalDouble.empty());
    }
}
