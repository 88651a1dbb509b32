package org.bridgework.ui.portfolio;

import org.bridgework.model.NameProblem;
import org.bridgework.model.RelationshipNames;
import org.bridgework.text.Texts;

/** Plain words for a name that cannot be used. */
public final class NameProblemTexts {
    private NameProblemTexts() {
    }

    public static String of(NameProblem problem) {
        return switch (problem) {
            case EMPTY -> Texts.get("name.problem.empty");
            case TOO_LONG -> Texts.get("name.problem.tooLong", RelationshipNames.MAX_LENGTH);
            case DUPLICATE -> Texts.get("name.problem.duplicate");
        };
    }
}
