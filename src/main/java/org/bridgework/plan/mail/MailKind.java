package org.bridgework.plan.mail;

/** The drafts Bridgework writes. */
public enum MailKind {
    /** The apology as drafted in step 6, with its offers of repair. */
    APOLOGY,
    /** What was done since we last spoke, and what comes next, with dates. */
    PROGRESS,
    /** A request for a time to check in. */
    CHECK_IN
}
