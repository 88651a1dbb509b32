package org.bridgework.model.repair;

import java.util.Locale;

/**
 * The marks of a non-apology. Where each comes from (a study or our own judgement) is listed in the user guide,
 * "What the apology check can and cannot judge"; the plain reason shown to the manager is in the text bundle
 * under {@code apology.warning.<code>}.
 */
public enum WarningKind {
    /** "Sorry if…", "in any way", "we may have": the fault is made hypothetical. Our own judgement. */
    CONDITIONAL,
    /** "Sorry you feel…": regret for their reaction, not for what we did. Our own judgement. */
    DEFLECTING,
    /** "Mistakes were made": the fault has no one who made it. Our own judgement. */
    PASSIVE,
    /** "Sorry, but…": the word after the apology takes it back. Our own judgement. */
    BUT_AFTER_APOLOGY,
    /** "You didn't send…": the other side named as the cause. Our own judgement. */
    BLAMES_THEM,
    /** "Not entirely our fault": owning part and denying the rest. Our own judgement. */
    PARTIAL_DENIAL,
    /** Far more words explaining than owning up. Our own judgement. */
    LONG_EXPLANATION,
    /** Promises only to look into it, with nothing concrete offered. Our own judgement. */
    ONLY_LOOK_INTO;

    /** The name used by the command line and in files: lower case with underscores. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
