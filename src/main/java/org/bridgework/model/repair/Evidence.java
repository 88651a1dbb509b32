package org.bridgework.model.repair;

/**
 * What a rule or a piece of advice rests on: a named study, a published framework (an argued model, not a test),
 * or our own judgement. Every {@link RepairAdvice} names one, the window shows it beside the advice, and
 * {@code docs/guidance.md} says what each source found and how far the app leans on it.
 */
public enum Evidence {
    /** Experiments: apology beat denial after a competence lapse, denial beat apology after an integrity one,
     *  and later evidence of guilt favoured those who had apologised. */
    KIM_FERRIN_COOPER_DIRKS_2004(Kind.STUDY),
    /** Experiments: saying nothing did about as badly as the weaker of apologising or denying. */
    FERRIN_KIM_COOPER_DIRKS_2007(Kind.STUDY),
    /** Experiments on the six parts of an apology: responsibility counted most, the request for forgiveness least. */
    LEWICKI_POLIN_LOUNT_2016(Kind.STUDY),
    /** Studies: later apologies satisfied more, because the wronged side had been heard first. */
    FRANTZ_BENNIGSON_2005(Kind.STUDY),
    /** Studies: a voluntary safeguard with monitoring and a penalty on ourselves raised trust; an imposed one did not. */
    NAKAYACHI_WATABE_2005(Kind.STUDY),
    /** Experiments: a slight overcompensation raised trust more than an exact one, unless bad intent was plain. */
    DESMET_DE_CREMER_VAN_DIJK_2011(Kind.STUDY),
    /** Studies: overcompensation added nothing over equal compensation and lowered trust in two of four. */
    HAESEVOETS_VAN_HIEL_REINDERS_FOLMER_DE_CREMER_2014(Kind.STUDY),
    /** Two experiments: extensive apologies, amends and structural change made the cause look less likely to recur,
     *  which made the offender seem fairer and raised trust. */
    TOMLINSON_NELSON_LANGLINAIS_2021(Kind.STUDY),
    /** A model: how the wronged side explains a breach (whose doing, controllable, lasting) shapes which belief
     *  about the offender falls and what repair can reach it. */
    TOMLINSON_MAYER_2009(Kind.FRAMEWORK),
    /** A framework: trust is repaired by what is said, by amends and by structural safeguards. */
    DIRKS_LEWICKI_ZAHEER_2009(Kind.FRAMEWORK),
    /** A framework for organisations: an immediate response first, then diagnosis, reform and evaluation. */
    GILLESPIE_DIETZ_2009(Kind.FRAMEWORK),
    /** A framework: ability, benevolence and integrity as the grounds of trust. */
    MAYER_DAVIS_SCHOORMAN_1995(Kind.FRAMEWORK),
    /** Our own judgement, not a finding of any study. */
    OUR_JUDGEMENT(Kind.OWN_JUDGEMENT);

    /** How much a source can carry. */
    public enum Kind {
        /** A study that tested the claim. */
        STUDY,
        /** A published model that argues the claim without testing it. */
        FRAMEWORK,
        /** Ours. */
        OWN_JUDGEMENT
    }

    private final Kind kind;

    Evidence(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
