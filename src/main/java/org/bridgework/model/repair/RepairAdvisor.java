package org.bridgework.model.repair;

import java.util.List;
import java.util.Optional;

/**
 * The advice shown beside the Prepare and Apologise worksheets, from the effective breach type
 * ({@link BreachClassifier#effectiveBreachType(Understanding)}) and, once Own our part has asked it, what the
 * facts show about our fault ({@link FaultFinding}). Other steps get none. Most important first.
 *
 * <table>
 *   <caption>Advice by what the facts show, then by breach type</caption>
 *   <tr><th>facts</th><th>breach</th><th>advice</th></tr>
 *   <tr><td>not at fault</td><td>any</td><td>DENY_PLAINLY_WITH_EVIDENCE, DO_NOT_STAY_SILENT</td></tr>
 *   <tr><td>not yet known</td><td>any</td>
 *       <td>SAY_WHEN_THEY_WILL_HAVE_THE_FACTS, APOLOGISE_ONLY_WHERE_AT_FAULT, DO_NOT_STAY_SILENT</td></tr>
 *   <tr><td>at fault</td><td>integrity</td><td>APOLOGISE_FOR_WHAT_THE_FACTS_SHOW, DO_NOT_STAY_SILENT</td></tr>
 *   <tr><td>at fault or not asked</td><td>competence</td>
 *       <td>APOLOGISE_AND_OWN_IT, SHOW_WHAT_WILL_CHANGE, DO_NOT_STAY_SILENT</td></tr>
 *   <tr><td>not asked</td><td>integrity</td><td>GATHER_FACTS_FIRST (Prepare) or LEAD_WITH_FACTUAL_ACCOUNT
 *       (Apologise), APOLOGISE_ONLY_WHERE_AT_FAULT, DO_NOT_STAY_SILENT</td></tr>
 *   <tr><td>not asked</td><td>unknown</td><td>DECIDE_BREACH_TYPE_FIRST, DO_NOT_STAY_SILENT</td></tr>
 * </table>
 * A denial is advised only once the manager has said the facts clear us: a denial that later evidence
 * disproves leaves less trust than an apology (Kim, Ferrin, Cooper &amp; Dirks, 2004).
 */
public final class RepairAdvisor {
    private RepairAdvisor() {
    }

    public static List<RepairAdvice> advise(RepairStep step, Optional<BreachType> breachType,
                                            Optional<FaultFinding> facts) {
        if (step != RepairStep.PREPARE && step != RepairStep.APOLOGISE) {
            return List.of();
        }
        if (facts.isPresent()) {
            switch (facts.get()) {
                case NOT_AT_FAULT:
                    return List.of(RepairAdvice.DENY_PLAINLY_WITH_EVIDENCE, RepairAdvice.DO_NOT_STAY_SILENT);
                case NOT_YET_KNOWN:
                    return List.of(RepairAdvice.SAY_WHEN_THEY_WILL_HAVE_THE_FACTS,
                            RepairAdvice.APOLOGISE_ONLY_WHERE_AT_FAULT, RepairAdvice.DO_NOT_STAY_SILENT);
                case AT_FAULT:
                    if (breachType.filter(t -> t == BreachType.INTEGRITY).isPresent()) {
                        return List.of(RepairAdvice.APOLOGISE_FOR_WHAT_THE_FACTS_SHOW, RepairAdvice.DO_NOT_STAY_SILENT);
                    }
                    break;
            }
        }
        if (breachType.isEmpty()) {
            return List.of(RepairAdvice.DECIDE_BREACH_TYPE_FIRST, RepairAdvice.DO_NOT_STAY_SILENT);
        }
        return switch (breachType.get()) {
            case COMPETENCE -> List.of(RepairAdvice.APOLOGISE_AND_OWN_IT, RepairAdvice.SHOW_WHAT_WILL_CHANGE,
                    RepairAdvice.DO_NOT_STAY_SILENT);
            case INTEGRITY -> List.of(step == RepairStep.PREPARE ? RepairAdvice.GATHER_FACTS_FIRST
                            : RepairAdvice.LEAD_WITH_FACTUAL_ACCOUNT,
                    RepairAdvice.APOLOGISE_ONLY_WHERE_AT_FAULT, RepairAdvice.DO_NOT_STAY_SILENT);
        };
    }

    /** Advice for a step of a case, before what the facts show is asked. */
    public static List<RepairAdvice> advise(RepairStep step, Optional<BreachType> breachType) {
        return advise(step, breachType, Optional.empty());
    }

    /** Advice from the Understand worksheet alone, before what the facts show is asked. */
    public static List<RepairAdvice> advise(RepairStep step, Understanding understanding) {
        return advise(step, BreachClassifier.effectiveBreachType(understanding));
    }

    /** Advice for a step of a case: its effective breach type and what Own our part says the facts show. */
    public static List<RepairAdvice> advise(RepairStep step, RepairCase repair) {
        return advise(step, BreachClassifier.effectiveBreachType(repair.understanding()),
                repair.ownership().faultFinding());
    }
}
