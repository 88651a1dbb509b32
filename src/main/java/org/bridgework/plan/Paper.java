package org.bridgework.plan;

import java.util.Locale;
import java.util.Set;

/** The paper the plan is laid out for. */
public enum Paper {
    A4("A4", 210, 297),
    LETTER("letter", 215.9, 279.4);

    /** The countries that use US Letter rather than A4 (ISO 3166 codes). */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT",
            "CR", "PA", "DO", "PR", "SV", "NI", "BZ");

    private final String cssName;
    private final double widthMm;
    private final double heightMm;

    Paper(String cssName, double widthMm, double heightMm) {
        this.cssName = cssName;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** Letter where the locale's country uses it (US, Canada and a few others), A4 everywhere else. */
    public static Paper forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }

    /** Reads "a4" or "letter", in any case; null for anything else. */
    public static Paper parse(String text) {
        for (Paper paper : values()) {
            if (paper.cssName.equalsIgnoreCase(text)) {
                return paper;
            }
        }
        return null;
    }

    /** The name of the size in CSS {@code @page { size: ... }}. */
    String cssName() {
        return cssName;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }
}
