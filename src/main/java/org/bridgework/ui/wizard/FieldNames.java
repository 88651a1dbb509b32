package org.bridgework.ui.wizard;

import java.util.Map;
import org.bridgework.text.Texts;

/**
 * A text of a repair named as its worksheet labels it: {@code understanding.rootCause} is "The root cause", the
 * worksheets' own label ({@code understand.rootCause}); a text without one is named by its record path.
 */
final class FieldNames {
    /** The worksheets' label prefixes of the repair's parts. */
    private static final Map<String, String> PREFIX = Map.of("assessment", "assess", "understanding", "understand",
            "ownership", "own", "preparation", "prepare", "dialogue", "talk", "reconciliation", "apologise",
            "actionPlan", "act", "rebuilding", "rebuild");

    private FieldNames() {
    }

    static String of(String field) {
        String[] parts = field.split("\\.");
        String prefix = PREFIX.get(parts[0]);
        String key = prefix + "." + parts[parts.length - 1];
        if (prefix != null && Texts.has(key)) {
            return Texts.get(key);
        }
        return field;
    }
}
