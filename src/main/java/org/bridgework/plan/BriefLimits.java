package org.bridgework.plan;

/**
 * How much of each text and list the one-page brief holds. Chosen so that a repair with every field filled to
 * its limit still fits one US Letter page (the shorter of the two papers); BriefPdfTest checks it.
 */
final class BriefLimits {
    /** A name, an owner, who takes part. */
    static final int NAME = 60;
    /** The relationship's name as the title. */
    static final int TITLE = 48;
    /** Who owns a commitment, in a list. */
    static final int OWNER = 30;
    /** A short line such as the check-in's what. */
    static final int SHORT = 90;
    /** A key message, a commitment, a change. */
    static final int ITEM = 120;
    /** What they said, what they want, what was agreed. */
    static final int LONG = 260;
    static final int KEY_MESSAGES = 5;
    static final int COMMITMENTS = 5;
    /** Overdue ones shown when others are due too, so both lists have room. */
    static final int OVERDUE_BESIDE_DUE = 3;
    static final int CHANGES = 4;
    /** Without a next conversation: what is due within two weeks. */
    static final int DUE_WITHIN_DAYS = 14;
    /** With one: what is due up to a week after it. */
    static final int DUE_AFTER_NEXT_DAYS = 8;

    private BriefLimits() {
    }
}
