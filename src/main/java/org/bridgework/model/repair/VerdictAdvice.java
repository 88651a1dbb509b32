package org.bridgework.model.repair;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The verdict {@link VerdictAdvisor} suggests, with its reasons.
 *
 * @param verdict the suggestion
 * @param score   the net score it rests on; empty when there was not enough usable information
 * @param reasons one reason per factor considered, in {@link AssessmentFactor} order, then the rules that changed
 *                the verdict (see {@link VerdictAdvisor})
 */
public record VerdictAdvice(Verdict verdict, OptionalDouble score, List<VerdictReason> reasons) {

    public VerdictAdvice {
        Objects.requireNonNull(verdict, "verdict");
        score = Objects.requireNonNullElse(score, OptionalDouble.empty());
        reasons = Texts.copy(reasons);
    }

    /** True when the suggestion is REVISIT only because inputs are missing or out of range. */
    public boolean insufficientData() {
        return score.isEmpty();
    }

    public boolean hasReason(AssessmentFactor factor, VerdictReasonCode code) {
        return reasons.stream().anyMatch(r -> r.factor() == factor && r.code() == code);
    }
}
