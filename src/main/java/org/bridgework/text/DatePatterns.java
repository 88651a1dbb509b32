package org.bridgework.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes the year out of a locale's date pattern, with the words and marks that join it to the rest: the JDK has
 * no month-and-day form of its own before Java 19. "MMM d, y" becomes "MMM d", "y年M月d日" becomes "M月d日",
 * "d MMM y 'г'." becomes "d MMM". Checked against every locale the JDK has (DatesTest).
 */
final class DatePatterns {
    private DatePatterns() {
    }

    static String withoutYear(String pattern) {
        List<String> parts = split(pattern);
        for (int i = yearAt(parts); i >= 0; i = yearAt(parts)) {
            if (lastField(parts) == i) {
                // "MMM d, y", "d MMM y 'г'.": all from the field before it to the end.
                int from = i;
                while (from > 0 && !isField(parts, from - 1)) {
                    from--;
                }
                parts.subList(from, parts.size()).clear();
            } else {
                // "y年M月d日", "EEEE y. MMMM d.": the year and what follows it up to the next field.
                int to = i + 1;
                while (to < parts.size() && !isField(parts, to)) {
                    to++;
                }
                parts.subList(i, to).clear();
            }
        }
        return String.join("", parts).strip();
    }

    /** Where the first year (or era) field is; -1 when there is none left. */
    private static int yearAt(List<String> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (isYear(parts.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Fields (runs of one ASCII letter), quoted words and single other characters. */
    private static List<String> split(String pattern) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int end = i + 1;
            if (c == '\'') {
                end = pattern.indexOf('\'', i + 1);
                end = end < 0 ? pattern.length() : end + 1;
            } else if (isAsciiLetter(c)) {
                while (end < pattern.length() && pattern.charAt(end) == c) {
                    end++;
                }
            }
            parts.add(pattern.substring(i, end));
            i = end;
        }
        return parts;
    }

    /** The year, and the era, which only goes with one ("d MMMM G y" in Thai). */
    private static boolean isYear(String part) {
        char c = part.charAt(0);
        return c == 'y' || c == 'u' || c == 'Y' || c == 'G';
    }

    private static boolean isField(List<String> parts, int i) {
        return isAsciiLetter(parts.get(i).charAt(0));
    }

    private static int lastField(List<String> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (isField(parts, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
