package org.bridgework.problems;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.bridgework.store.WorkbookException;
import org.bridgework.store.WorkbookHolder;
import org.bridgework.text.Texts;

/** Plain words for why a workbook could not be opened. */
public final class ProblemTexts {
    private ProblemTexts() {
    }

    /** One short line: what is wrong. */
    public static String headline(WorkbookException e) {
        return Texts.get("problem." + e.problem().name() + ".headline");
    }

    /** What it means for the user and what they can do. */
    public static String explanation(WorkbookException e) {
        return Texts.get("problem." + e.problem().name() + ".explanation");
    }

    /** A full message naming the file, for the command line. */
    public static String describe(WorkbookException e) {
        String detail = e.holder().map(holder -> holderInBrackets(holder))
                .orElse(e.detail().isEmpty() ? "" : " (" + e.detail() + ")");
        return Texts.get("problem.cli", e.file(), headline(e) + detail, explanation(e));
    }

    /**
     * Who has a workbook open, in brackets with a space before them ("&nbsp;(process 1234 on this computer, since
     * 09:14)"), or nothing when the lock file did not say.
     */
    public static String holderInBrackets(WorkbookHolder holder) {
        if (holder.processId().isEmpty()) {
            return "";
        }
        String where = holder.onThisComputer() ? Texts.get("holder.thisComputer")
                : Texts.get("holder.otherComputer", holder.hostName().orElse(""));
        String process = Texts.get("holder.process", Long.toString(holder.processId().getAsLong()), where);
        return " (" + holder.openedAt().map(since -> Texts.get("holder.since", process, time(since)))
                .orElse(process) + ")";
    }

    /** "09:14" today, "21 Nov 2026, 09:14" before. */
    private static String time(java.time.Instant instant) {
        ZonedDateTime local = instant.atZone(ZoneId.systemDefault());
        DateTimeFormatter format = local.toLocalDate().equals(LocalDate.now())
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
        return local.format(format.withLocale(Locale.getDefault()));
    }
}
