package org.bridgework.model.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The advice shown beside the worksheets: most important first.
 *
 * <p><b>Prepare and Apologise</b> get the core advice, from the effective breach type
 * ({@link BreachClassifier#effectiveBreachType(Understanding)}) and, once Own our part has asked it, what the
 * facts show about our fault ({@link FaultFinding}):
 * <table>
 *   <caption>Core advice by what the facts show, then by breach type</caption>
 *   <tr><th>facts</th><th>breach</th><th>advice</th></tr>
 *   <tr><td>not at fault</td><td>any</td><td>DENY_PLAINLY_WITH_EVIDENCE, DO_NOT_STAY_SILENT</td></tr>
 *   <tr><td>not yet known</td><td>any</td>
 *       <td>SAY_WHEN_THEY_WILL_HAVE_THE_FACTS, APOLOGISE_ONLY_WHERE_AT_FAULT, DO_NOT_STAY_SILENT</td></tr>
 *   <tr><td>at fault</td><td>integrity or goodwill</td><td>APOLOGISE_FOR_WHAT_THE_FACTS_SHOW (goodwill: then
 *       SHOW_THEIR_INTERESTS_COUNT), DO_NOT_STAY_SILENT</td></tr>
 *   <tr><td>at fault or not asked</td><td>competence</td>
 *       <td>APOLOGISE_AND_OWN_IT, SHOW_WHAT_WILL_CHANGE, DO_NOT_STAY_SILENT</td></tr>
 *   <tr><td>not asked</td><td>goodwill</td>
 *       <td>SHOW_THEIR_INTERESTS_COUNT, APOLOGISE_ONLY_WHERE_AT_FAULT, DO_NOT_STAY_SILENT</td></tr>
 *   <tr><td>not asked</td><td>integrity</td><td>GATHER_FACTS_FIRST (Prepare) or LEAD_WITH_FACTUAL_ACCOUNT
 *       (Apologise), APOLOGISE_ONLY_WHERE_AT_FAULT, DO_NOT_STAY_SILENT</td></tr>
 *   <tr><td>not asked</td><td>unknown</td><td>DECIDE_BREACH_TYPE_FIRST, DO_NOT_STAY_SILENT</td></tr>
 * </table>
 * A denial is advised only once the manager has said the facts clear us: a denial that later evidence
 * disproves leaves less trust than an apology (Kim, Ferrin, Cooper &amp; Dirks, 2004).
 *
 * <p><b>Beside the core advice</b>:
 * <ul>
 *   <li>FORGIVE_ON_CONDITIONS in Prepare, Apologise and Act when Assess says they carry fault (first when the
 *       fault was theirs alone, last when shared);</li>
 *   <li>CHECK_BEFORE_WRITTEN_ADMISSION in Apologise, unless the facts clear us;</li>
 *   <li>OFFER_A_SAFEGUARD in Act when they expect a repeat and no live commitment is a safeguard;</li>
 *   <li>AMENDS_IN_PROPORTION in Act when a live commitment is compensation or goes beyond what they asked;</li>
 *   <li>LET_GO_WELL in Assess and Rebuild when the manager decided to let go or the repair ended so.</li>
 * </ul>
 * A commitment is live unless dropped.
 */
public final class RepairAdvisor {
    private RepairAdvisor() {
    }

    /** The core advice for Prepare and Apologise; none for the other steps. */
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
                    if (breachType.filter(t -> t == BreachType.BENEVOLENCE).isPresent()) {
                        return List.of(RepairAdvice.APOLOGISE_FOR_WHAT_THE_FACTS_SHOW,
                                RepairAdvice.SHOW_THEIR_INTERESTS_COUNT, RepairAdvice.DO_NOT_STAY_SILENT);
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
            case BENEVOLENCE -> List.of(RepairAdvice.SHOW_THEIR_INTERESTS_COUNT,
                    RepairAdvice.APOLOGISE_ONLY_WHERE_AT_FAULT, RepairAdvice.DO_NOT_STAY_SILENT);
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

    /** All the advice for a step of a case: the core advice and what the other worksheets call for. */
    public static List<RepairAdvice> advise(RepairStep step, RepairCase repair) {
        Optional<FaultFinding> facts = repair.ownership().faultFinding();
        List<RepairAdvice> advice = new ArrayList<>(advise(step,
                BreachClassifier.effectiveBreachType(repair.understanding()), facts));
        Optional<FaultSide> fault = repair.assessment().atFault();
        boolean theirFault = fault.filter(FaultSide::includesThem).isPresent();
        if (theirFault && (step == RepairStep.PREPARE || step == RepairStep.APOLOGISE || step == RepairStep.ACT)) {
            advice.add(fault.get() == FaultSide.THEM ? 0 : advice.size(), RepairAdvice.FORGIVE_ON_CONDITIONS);
        }
        if (step == RepairStep.APOLOGISE && facts.filter(f -> f == FaultFinding.NOT_AT_FAULT).isEmpty()) {
            advice.add(RepairAdvice.CHECK_BEFORE_WRITTEN_ADMISSION);
        }
        if (step == RepairStep.ACT) {
            List<Commitment> live = repair.actionPlan().commitments().stream()
                    .filter(c -> !c.status().isDropped()).toList();
            if (repair.understanding().repeatExpected().filter(r -> r == RepeatExpected.YES).isPresent()
                    && live.stream().noneMatch(c -> c.kind().filter(k -> k == CommitmentKind.SAFEGUARD).isPresent())) {
                advice.add(RepairAdvice.OFFER_A_SAFEGUARD);
            }
            if (live.stream().anyMatch(c -> c.beyondWhatWasAsked()
                    || c.kind().filter(k -> k == CommitmentKind.COMPENSATION).isPresent())) {
                advice.add(RepairAdvice.AMENDS_IN_PROPORTION);
            }
        }
        if ((step == RepairStep.ASSESS || step == RepairStep.REBUILD) && lettingGo(repair)) {
            advice.add(RepairAdvice.LET_GO_WELL);
        }
        return List.copyOf(advice);
    }

    private static boolean lettingGo(RepairCase repair) {
        return repair.assessment().decision().filter(d -> d.verdict() == Verdict.LET_GO).isPresent()
                || repair.rebuilding().outcome().filter(o -> o == Outcome.LET_GO).isPresent();
    }
}
