package org.bridgework.model.repair;

/**
 * Guidance for the Prepare and Apologise steps, chosen by {@link RepairAdvisor} from the breach type.
 * Codes only; the UI phrases them. Sources: Kim, Ferrin, Cooper &amp; Dirks (2004) and follow-up studies.
 */
public enum RepairAdvice {
    /** Competence: an apology that owns the failure repairs trust best. */
    APOLOGISE_AND_OWN_IT,
    /** Competence: show what will change so it does not happen again. */
    SHOW_WHAT_WILL_CHANGE,
    /** Integrity: gather the facts and their sources before meeting. */
    GATHER_FACTS_FIRST,
    /** Integrity: a factual account of what happened matters more than an apology. */
    LEAD_WITH_FACTUAL_ACCOUNT,
    /** Integrity: apologise where the fault is real, not as a formula. */
    APOLOGISE_ONLY_WHERE_AT_FAULT,
    /** Any breach: silence or "no comment" does worst of all. */
    DO_NOT_STAY_SILENT,
    /** No breach type known yet: settle it in the Understand step first. */
    DECIDE_BREACH_TYPE_FIRST
}
