package org.bridgework.plan;

/**
 * How much of each text and list the one-page brief holds. Chosen so that a repair with every field filled to
 * its limit still fits one US Letter page (the shorter of the two papers); BriefPdfTest checks it.
 */
final class BriefLimits {
    /** A name, an owner, who takes part. */
    static final int NAME = 60;
    /** A short line such as the check-in's what. */
    static final int SHORT = 90;
    /** A key message, a commitment, a change. */
    static final int ITEM = 110;
    /** What they said, what they want, what was agreed. */
    static final int LONG = 260;
    static final int KEY_MESSAGES = 4;
    static final int COMMITMENTS = 4;
    static final int CHANGES = 5;
    /** Without a next conversation: what is due within two weeks. */
    static final int DUE_WITHIN_DAYS = 14;
    /** With one: what is due up to a week after it. */
    static final int DUE_AFTER_NEXT_DAYS = 8;

    private BriefLimits() {
    }
}
