package org.bridgework.model.repair;

/**
 * Guidance for the steps, chosen by {@link RepairAdvisor} from the breach type and what the worksheets say.
 * Codes only; the UI phrases them. Each names what it rests on ({@link #source()}), stated in the phrasing no
 * stronger than that source found; {@code docs/guidance.md} lists them all.
 */
public enum RepairAdvice {
    /** Competence: an apology that owns the failure repaired more trust than a denial. */
    APOLOGISE_AND_OWN_IT(Evidence.KIM_FERRIN_COOPER_DIRKS_2004),
    /** Competence: show what will change so it does not happen again. */
    SHOW_WHAT_WILL_CHANGE(Evidence.DIRKS_LEWICKI_ZAHEER_2009),
    /** Integrity: gather the facts and their sources before meeting. */
    GATHER_FACTS_FIRST(Evidence.OUR_JUDGEMENT),
    /** Integrity: what to say depends on whether the facts show we were at fault. */
    LEAD_WITH_FACTUAL_ACCOUNT(Evidence.KIM_FERRIN_COOPER_DIRKS_2004),
    /** Integrity: apologise where the fault is real; never deny what the facts may later show. */
    APOLOGISE_ONLY_WHERE_AT_FAULT(Evidence.KIM_FERRIN_COOPER_DIRKS_2004),
    /** Any breach: saying nothing is never the best reply. */
    DO_NOT_STAY_SILENT(Evidence.FERRIN_KIM_COOPER_DIRKS_2007),
    /** No breach type known yet: settle it in the Understand step first. */
    DECIDE_BREACH_TYPE_FIRST(Evidence.KIM_FERRIN_COOPER_DIRKS_2004),
    /** The facts clear us: deny plainly and early, with evidence they can check. */
    DENY_PLAINLY_WITH_EVIDENCE(Evidence.KIM_FERRIN_COOPER_DIRKS_2004),
    /** The facts show we were at fault: apologise, never deny. */
    APOLOGISE_FOR_WHAT_THE_FACTS_SHOW(Evidence.KIM_FERRIN_COOPER_DIRKS_2004),
    /** The facts are not known yet: say what we are checking and when they will have it. */
    SAY_WHEN_THEY_WILL_HAVE_THE_FACTS(Evidence.OUR_JUDGEMENT),
    /** Goodwill: show by deeds that their interests count with us, not only by words. */
    SHOW_THEIR_INTERESTS_COUNT(Evidence.OUR_JUDGEMENT),
    /** They expect a repeat and no safeguard is promised: offer one, voluntary, checked and with a cost to us. */
    OFFER_A_SAFEGUARD(Evidence.NAKAYACHI_WATABE_2005),
    /** Amends are promised: match them to the harm; a lavish extra adds nothing. */
    AMENDS_IN_PROPORTION(Evidence.HAESEVOETS_VAN_HIEL_REINDERS_FOLMER_DE_CREMER_2014),
    /** Before an admission of fault goes in writing: who may admit it, and must legal or insurers see it. */
    CHECK_BEFORE_WRITTEN_ADMISSION(Evidence.OUR_JUDGEMENT),
    /** They were at fault: forgiving is not trusting blindly; agree conditions and how both will check them. */
    FORGIVE_ON_CONDITIONS(Evidence.OUR_JUDGEMENT),
    /** The decision is to let go: honour what is owed and end clearly and courteously. */
    LET_GO_WELL(Evidence.OUR_JUDGEMENT);

    private final Evidence source;

    RepairAdvice(Evidence source) {
        this.source = source;
    }

    /** What this advice rests on. */
    public Evidence source() {
        return source;
    }
}
