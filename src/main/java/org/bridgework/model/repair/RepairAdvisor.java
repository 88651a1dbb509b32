package org.bridgework.model.repair;

import java.util.List;
import java.util.Optional;

/**
 * The advice shown beside the Prepare and Apologise worksheets, from the effective breach type
 * ({@link BreachClassifier#effectiveBreachType(Understanding)}). Other steps get none.
 *
 * <table>
 *   <caption>Advice by step and breach type</caption>
 *   <tr><th></th><th>Prepare</th><th>Apologise</th></tr>
 *   <tr><td>competence</td><td>APOLOGISE_AND_OWN_IT, SHOW_WHAT_WILL_CHANGE, DO_NOT_STAY_SILENT</td>
 *       <td>APOLOGISE_AND_OWN_IT, SHOW_WHAT_WILL_CHANGE, DO_NOT_STAY_SILENT</td></tr>
 *   <tr><td>integrity</td><td>GATHER_FACTS_FIRST, APOLOGISE_ONLY_WHERE_AT_FAULT, DO_NOT_STAY_SILENT</td>
 *       <td>LEAD_WITH_FACTUAL_ACCOUNT, APOLOGISE_ONLY_WHERE_AT_FAULT, DO_NOT_STAY_SILENT</td></tr>
 *   <tr><td>unknown</td><td>DECIDE_BREACH_TYPE_FIRST, DO_NOT_STAY_SILENT</td>
 *       <td>DECIDE_BREACH_TYPE_FIRST, DO_NOT_STAY_SILENT</td></tr>
 * </table>
 * Most important first.
 */
public final class RepairAdvisor {
    private RepairAdvisor() {
    }

    public static List<RepairAdvice> advise(RepairStep step, Optional<BreachType> breachType) {
        if (step != RepairStep.PREPARE && step != RepairStep.APOLOGISE) {
            return List.of();
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

    /** Advice for a step of a case, using the case's effective breach type. */
    public static List<RepairAdvice> advise(RepairStep step, Understanding understanding) {
        return advise(step, BreachClassifier.effectiveBreachType(understanding));
    }
}
