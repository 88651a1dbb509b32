package org.bridgework.model.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Suggests whether to repair, let go or revisit, from the Assess worksheet. The manager decides; this only
 * gives a starting point and its reasons.
 *
 * <p><b>Inputs</b> (all on 0..5): V = mean of the rated dimensions of {@link Assessment#theyBringUs()};
 * C = cost of repair; A = quality of our alternatives; R = risk of doing nothing. These four are required.
 * W = mean of {@link Assessment#weBringThem()} is optional.
 *
 * <p><b>Score</b> = 2·V + R − C − A, from −10 to 15. Value counts twice because it is what the effort is for;
 * risk, cost and alternatives each move the score by their rating.
 * <ul>
 *   <li>score ≥ {@value #REPAIR_FROM} → {@link Verdict#REPAIR};</li>
 *   <li>score ≤ {@value #LET_GO_UP_TO} → {@link Verdict#LET_GO};</li>
 *   <li>in between → {@link Verdict#REVISIT} (not clear-cut; all inputs at 3 scores 3).</li>
 * </ul>
 * If W is rated and W ≤ {@value #LOW}, both sides do not gain, so a REPAIR suggestion becomes REVISIT
 * (reason {@link VerdictReasonCode#ONE_SIDED}).
 *
 * <p><b>Reasons</b>: one per factor, in {@link AssessmentFactor} order (W only when rated). A factor at or above
 * {@value #HIGH} is high, at or below {@value #LOW} low, otherwise {@link VerdictReasonCode#NEUTRAL}. High value or
 * risk favours repair, low favours letting go; high cost or alternatives favour letting go, low favour repair.
 *
 * <p><b>Insufficient data</b>: if a required input is not rated, or any rating is outside 0..5, the result is
 * REVISIT with no score, and the offending factors carry {@link VerdictReasonCode#NOT_ENOUGH_INFORMATION} or
 * {@link VerdictReasonCode#RATING_OUT_OF_RANGE}.
 */
public final class VerdictAdvisor {
    public static final double REPAIR_FROM = 4;
    public static final double LET_GO_UP_TO = 0;
    public static final double HIGH = 3.5;
    public static final double LOW = 1.5;

    private VerdictAdvisor() {
    }

    public static VerdictAdvice advise(Assessment assessment) {
        List<VerdictReason> reasons = new ArrayList<>();
        boolean usable = true;

        usable &= valueReason(AssessmentFactor.VALUE_TO_US, assessment.theyBringUs(), true, reasons);
        if (!assessment.weBringThem().ratings().isEmpty()) {
            usable &= valueReason(AssessmentFactor.VALUE_TO_THEM, assessment.weBringThem(), false, reasons);
        }
        usable &= ratingReason(AssessmentFactor.COST_OF_REPAIR, assessment.costOfRepair(), false, reasons);
        usable &= ratingReason(AssessmentFactor.ALTERNATIVES, assessment.alternatives(), false, reasons);
        usable &= ratingReason(AssessmentFactor.RISK_OF_INACTION, assessment.riskOfInaction(), true, reasons);

        if (!usable) {
            return new VerdictAdvice(Verdict.REVISIT, OptionalDouble.empty(), reasons);
        }
        double score = 2 * assessment.theyBringUs().mean().getAsDouble()
                + assessment.riskOfInaction().getAsInt()
                - assessment.costOfRepair().getAsInt()
                - assessment.alternatives().getAsInt();
        Verdict verdict = score >= REPAIR_FROM ? Verdict.REPAIR : score <= LET_GO_UP_TO ? Verdict.LET_GO : Verdict.REVISIT;
        boolean oneSided = reasons.stream().anyMatch(r -> r.code() == VerdictReasonCode.ONE_SIDED);
        if (verdict == Verdict.REPAIR && oneSided) {
            verdict = Verdict.REVISIT;
        }
        return new VerdictAdvice(verdict, OptionalDouble.of(score), reasons);
    }

    /** Adds the reason for a value side; returns false when it makes the input unusable. */
    private static boolean valueReason(AssessmentFactor factor, ValueRatings side, boolean required,
                                       List<VerdictReason> reasons) {
        OptionalDouble mean = side.mean();
        if (side.hasOutOfRange()) {
            int bad = side.ratings().values().stream().filter(v -> !ValueRatings.inRange(v)).findFirst().orElseThrow();
            reasons.add(new VerdictReason(factor, VerdictReasonCode.RATING_OUT_OF_RANGE, OptionalDouble.of(bad)));
            return false;
        }
        if (mean.isEmpty()) {
            reasons.add(new VerdictReason(factor, VerdictReasonCode.NOT_ENOUGH_INFORMATION, mean));
            return !required;
        }
        VerdictReasonCode code = required ? direction(mean.getAsDouble(), true)
                : mean.getAsDouble() <= LOW ? VerdictReasonCode.ONE_SIDED : direction(mean.getAsDouble(), true);
        reasons.add(new VerdictReason(factor, code, mean));
        return true;
    }

    private static boolean ratingReason(AssessmentFactor factor, OptionalInt rating, boolean highFavoursRepair,
                                        List<VerdictReason> reasons) {
        if (rating.isEmpty()) {
            reasons.add(new VerdictReason(factor, VerdictReasonCode.NOT_ENOUGH_INFORMATION, OptionalDouble.empty()));
            return false;
        }
        int value = rating.getAsInt();
        if (!ValueRatings.inRange(value)) {
            reasons.add(new VerdictReason(factor, VerdictReasonCode.RATING_OUT_OF_RANGE, OptionalDouble.of(value)));
            return false;
        }
        reasons.add(new VerdictReason(factor, direction(value, highFavoursRepair), OptionalDouble.of(value)));
        return true;
    }

    private static VerdictReasonCode direction(double value, boolean highFavoursRepair) {
        if (value >= HIGH) {
            return highFavoursRepair ? VerdictReasonCode.FAVOURS_REPAIR : VerdictReasonCode.FAVOURS_LETTING_GO;
        }
        if (value <= LOW) {
            return highFavoursRepair ? VerdictReasonCode.FAVOURS_LETTING_GO : VerdictReasonCode.FAVOURS_REPAIR;
        }
        return VerdictReasonCode.NEUTRAL;
    }
}
