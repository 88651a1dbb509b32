package org.bridgework.model.week;

/**
 * The manager's choices that shape the agenda.
 *
 * @param quietAfterDays     a repair with no conversation logged for this many days is listed as gone quiet
 * @param defaultCheckInWeeks the check-in rhythm of a repair that has not chosen one
 */
public record AgendaRules(int quietAfterDays, int defaultCheckInWeeks) {
    public static final int DEFAULT_QUIET_AFTER_DAYS = 14;
    public static final int DEFAULT_CHECK_IN_WEEKS = 2;
    public static final AgendaRules DEFAULT = new AgendaRules(DEFAULT_QUIET_AFTER_DAYS, DEFAULT_CHECK_IN_WEEKS);
    /** The days an agenda covers, today included. */
    public static final int WEEK_DAYS = 7;

    public AgendaRules {
        if (quietAfterDays < 1 || defaultCheckInWeeks < 0) {
            throw new IllegalArgumentException("quietAfterDays >= 1 and defaultCheckInWeeks >= 0");
        }
    }
}
