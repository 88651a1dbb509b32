package org.bridgework.text;

import org.bridgework.store.WorkbookException;

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
        String detail = e.detail().isEmpty() ? "" : " (" + e.detail() + ")";
        return Texts.get("problem.cli", e.file(), headline(e) + detail, explanation(e));
    }
}
