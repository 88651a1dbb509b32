package org.bridgework.problems;

import org.bridgework.store.SaveProblem;
import org.bridgework.store.StoreException;
import org.bridgework.text.Texts;

/** Plain words for why a change could not be saved. */
public final class SaveProblemTexts {
    private SaveProblemTexts() {
    }

    /** The kind of failure behind {@code error}; {@link SaveProblem#OTHER} if it is not a workbook's. */
    public static SaveProblem problem(Throwable error) {
        StoreException store = storeException(error);
        return store == null ? SaveProblem.OTHER : store.problem();
    }

    /** Why, in a few words that fit after "could not be saved:"; the technical message when nothing plainer is known. */
    public static String reason(Throwable error) {
        if (error instanceof org.bridgework.store.NotPermittedException) {
            return Texts.get("saveProblem.notPermitted"); // a team workbook's server refused: plain words, not SQL
        }
        SaveProblem problem = problem(error);
        if (problem != SaveProblem.OTHER) {
            return Texts.get("saveProblem." + problem.name());
        }
        StoreException store = storeException(error);
        Throwable technical = store != null && store.getCause() != null ? store.getCause() : error;
        return Texts.get("saveProblem.OTHER", technical.getMessage() == null ? technical.toString() : technical.getMessage());
    }

    /** What the user can do about it; empty when there is nothing to add. */
    public static String hint(SaveProblem problem) {
        return problem == null ? "" : Texts.get("saveProblem." + problem.name() + ".hint");
    }

    private static StoreException storeException(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreException store) {
                return store;
            }
        }
        return null;
    }
}
