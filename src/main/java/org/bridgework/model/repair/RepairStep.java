package org.bridgework.model.repair;

import java.util.Optional;

/** The eight steps of the repair wizard, in the order the manager works through them. */
public enum RepairStep {
    /** Is the relationship worth repairing? */
    ASSESS,
    /** What happened and why. */
    UNDERSTAND,
    /** Own our part. */
    OWN,
    /** Gather facts and plan the first meeting. */
    PREPARE,
    /** Open the dialogue and listen. */
    TALK,
    /** Apologise and forgive. */
    APOLOGISE,
    /** Make and keep commitments. */
    ACT,
    /** Track trust and close. */
    REBUILD;

    private static final RepairStep[] ALL = values();

    /** 1 for {@link #ASSESS} up to 8 for {@link #REBUILD}, as shown in the step list. */
    public int number() {
        return ordinal() + 1;
    }

    /** The step after this one; empty after the last. */
    public Optional<RepairStep> next() {
        return ordinal() + 1 < ALL.length ? Optional.of(ALL[ordinal() + 1]) : Optional.empty();
    }

    /** The step before this one; empty before the first. */
    public Optional<RepairStep> previous() {
        return ordinal() > 0 ? Optional.of(ALL[ordinal() - 1]) : Optional.empty();
    }

    /** The step with this 1-based number, if there is one. */
    public static Optional<RepairStep> ofNumber(int number) {
        return number >= 1 && number <= ALL.length ? Optional.of(ALL[number - 1]) : Optional.empty();
    }
}
