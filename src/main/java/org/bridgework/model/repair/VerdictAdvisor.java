package org.bridgework.model.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Suggests whether to repair, let go or revisit, from the Assess worksheet. The manager decides; this only
 * gives a starting point and its reasons. Every rule here is our own judgement, not a study's finding
 * ({@code docs/guidance.md}).
 *
 * <p><b>Score</b> (all ratings 0..5): V = mean of the rated dimensions of {@link Assessment#theyBringUs()};
 * C = cost of repair; A = quality of our alternatives; R = risk of doing nothing. These four are required.
 * Score = 2·V + R − C − A, from −10 to 15. Value counts twice because it is what the effort is for.
 * <ul>
 *   <li>score ≥ {@value #REPAIR_FROM} → {@link Verdict#REPAIR};</li>
 *   <li>score ≤ {@value #LET_GO_UP_TO} → {@link Verdict#LET_GO};</li>
 *   <li>in between → {@link Verdict#REVISIT} (not clear-cut; all inputs at 3 scores 3). Revisit still means a
 *       minimal response now: the window and the plan say so.</li>
 * </ul>
 *
 * <p><b>The inputs beyond the score</b> change the verdict only where the score would mislead:
 * <ul>
 *   <li>they have signed elsewhere → REPAIR becomes REVISIT ({@link VerdictReasonCode#DOOR_CLOSED});</li>
 *   <li>they were at fault (alone or with us), their trustworthiness is at most {@value #LOW} and the chance of a
 *       repeat at least {@value #HIGH} → REPAIR becomes REVISIT
 *       ({@link VerdictReasonCode#REPEAT_LIKELY_FROM_THEM});</li>
 *   <li>an internal team → LET_GO becomes REVISIT ({@link VerdictReasonCode#ESCALATE_INSTEAD}): a colleague's
 *       team cannot be dropped, so the advice is to escalate.</li>
 * </ul>
 * What we bring them (W, optional), at most {@value #LOW}, only warns ({@link VerdictReasonCode#ONE_SIDED}).
 * Their trustworthiness and the chance of a repeat are optional: blank means "does not apply" or "not known",
 * never 0, and gives no reason.
 *
 * <p><b>Reasons</b>: one per factor considered, in {@link AssessmentFactor} order, then any rule that changed the
 * verdict (a likely repeat from them, an internal team). A rating at or above
 * {@value #HIGH} is high, at or below {@value #LOW} low, otherwise {@link VerdictReasonCode#NEUTRAL}.
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

    /** The suggestion for a relationship with someone outside our organisation. */
    public static VerdictAdvice advise(Assessment assessment) {
        return advise(assessment, false);
    }

    /** The suggestion; {@code internalTeam} when the other side is a team of our own organisation. */
    public static VerdictAdvice advise(Assessment assessment, boolean internalTeam) {
        List<VerdictReason> reasons = new ArrayList<>();
        boolean usable = true;

        usable &= valueReason(AssessmentFactor.VALUE_TO_US, assessment.theyBringUs(), true, reasons);
        if (!assessment.weBringThem().ratings().isEmpty()) {
            usable &= valueReason(AssessmentFactor.VALUE_TO_THEM, assessment.weBringThem(), false, reasons);
        }
        usable &= ratingReason(AssessmentFactor.COST_OF_REPAIR, assessment.costOfRepair(), false, reasons);
        usable &= ratingReason(AssessmentFactor.ALTERNATIVES, assessment.alternatives(), false, reasons);
        usable &= ratingReason(AssessmentFactor.RISK_OF_INACTION, assessment.riskOfInaction(), true, reasons);
        assessment.door().ifPresent(door -> reasons.add(reason(AssessmentFactor.DOOR, switch (door) {
            case STILL_TALKING -> VerdictReasonCode.DOOR_OPEN;
            case GONE_QUIET -> VerdictReasonCode.DOOR_AJAR;
            case SIGNED_ELSEWHERE -> VerdictReasonCode.DOOR_CLOSED;
        })));
        assessment.atFault().ifPresent(side -> reasons.add(reason(AssessmentFactor.FAULT,
                side.includesThem() ? VerdictReasonCode.FORGIVE_ON_CONDITIONS : VerdictReasonCode.OURS_TO_OWN)));
        usable &= optionalRating(AssessmentFactor.THEIR_TRUSTWORTHINESS, assessment.theirTrustworthiness(), true,
                reasons);
        usable &= repeatReason(assessment, reasons);

        if (!usable) {
            return new VerdictAdvice(Verdict.REVISIT, OptionalDouble.empty(), reasons);
        }
        double score = 2 * assessment.theyBringUs().mean().getAsDouble()
                + assessment.riskOfInaction().getAsInt()
                - assessment.costOfRepair().getAsInt()
                - assessment.alternatives().getAsInt();
        Verdict verdict = score >= REPAIR_FROM ? Verdict.REPAIR : score <= LET_GO_UP_TO ? Verdict.LET_GO : Verdict.REVISIT;
        if (verdict == Verdict.REPAIR && repeatLikelyFromThem(assessment)) {
            reasons.add(reason(AssessmentFactor.THEIR_TRUSTWORTHINESS, VerdictReasonCode.REPEAT_LIKELY_FROM_THEM));
            verdict = Verdict.REVISIT;
        }
        if (verdict == Verdict.REPAIR && assessment.door().filter(d -> d == DoorState.SIGNED_ELSEWHERE).isPresent()) {
            verdict = Verdict.REVISIT;
        }
        if (verdict == Verdict.LET_GO && internalTeam) {
            reasons.add(reason(AssessmentFactor.RELATIONSHIP_KIND, VerdictReasonCode.ESCALATE_INSTEAD));
            verdict = Verdict.REVISIT;
        }
        return new VerdictAdvice(verdict, OptionalDouble.of(score), reasons);
    }

    private static boolean repeatLikelyFromThem(Assessment a) {
        return a.atFault().filter(FaultSide::includesThem).isPresent()
                && a.theirTrustworthiness().isPresent() && a.theirTrustworthiness().getAsInt() <= LOW
                && a.chanceOfRepeat().isPresent() && a.chanceOfRepeat().getAsInt() >= HIGH;
    }

    /** A repeat counts against them when they were at fault; when we were, it calls for a safeguard. */
    private static boolean repeatReason(Assessment a, List<VerdictReason> reasons) {
        OptionalInt chance = a.chanceOfRepeat();
        if (chance.isEmpty()) {
            return true;
        }
        if (a.atFault().filter(FaultSide::includesThem).isPresent() || !ValueRatings.inRange(chance.getAsInt())) {
            return optionalRating(AssessmentFactor.CHANCE_OF_REPEAT, chance, false, reasons);
        }
        VerdictReasonCode code = chance.getAsInt() >= HIGH ? VerdictReasonCode.SAFEGUARD_NEEDED
                : VerdictReasonCode.NEUTRAL;
        reasons.add(new VerdictReason(AssessmentFactor.CHANCE_OF_REPEAT, code, OptionalDouble.of(chance.getAsInt())));
        return true;
    }

    private static VerdictReason reason(AssessmentFactor factor, VerdictReasonCode code) {
        return new VerdictReason(factor, code, OptionalDouble.empty());
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
        return optionalRating(factor, rating, highFavoursRepair, reasons);
    }

    /** A rating that may be left blank: blank gives no reason and leaves the input usable. */
    private static boolean optionalRating(AssessmentFactor factor, OptionalInt rating, boolean highFavoursRepair,
                                          List<VerdictReason> reasons) {
        if (rating.isEmpty()) {
            return true;
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
