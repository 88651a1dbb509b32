package org.bridgework.ui.form;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bridgework.text.Texts;

/**
 * Amounts of money written as the user's locale writes them, from the JDK's locale data (CLDR by default).
 *
 * <p>Shown: the locale's digits and separators, grouped, with exactly the decimals stored (1234.5 is "1.234,5" in
 * de-DE, "1 234,5" with narrow no-break spaces in fr-FR, "1’234.5" in de-CH, "١٬٢٣٤٫٥" in ar), so that reading what
 * is shown gives back the very same value, scale included.
 *
 * <p>Read, never guessed: an entry that could mean another number is refused with the form expected, never read
 * as something else.
 * <ul>
 * <li>Digits: the locale's own (Arabic-Indic in ar) or ASCII 0–9.</li>
 * <li>Decimals: only after the locale's decimal separator, used once, and at most as many digits as the locale's
 *     currency has (two when the locale names no country). So "1.234" in en-US and "1,234" in de-DE, a thousand
 *     written the other country's way, are refused rather than saved a thousand times too small.</li>
 * <li>Grouping: none at all, or one kind of separator between every group: one to three digits, then groups of
 *     three ("1234,50" and "1.234,50" in de-DE, never "1.2345" or "12.34"). In India (country IN) also the lakh
 *     grouping, groups of two before the last three ("12,34,567"); the JDK itself shows groups of three there,
 *     since java.text has no second grouping size. The grouping separators are the locale's, the typewriter
 *     apostrophe for "’" (de-CH), and a space (plain, no-break or narrow) in every locale, since no locale writes
 *     decimals after a space.</li>
 * <li>Anything else is refused: the separator the locale does not use ("1234.50" in de-DE), a currency sign,
 *     letters; a minus sign gets its own message. Direction marks, invisible, are ignored.</li>
 * </ul>
 */
public final class AmountFormat {
    private static final String SPACES = " \u00A0\u202F\u2009";
    private static final String DIRECTION_MARKS = "\u200E\u200F\u061C";
    private static final BigDecimal EXAMPLE = new BigDecimal("1234567.50");

    private final DecimalFormatSymbols symbols;
    private final int groupSize;
    private final boolean lakh;
    private final int maxDecimals;

    private AmountFormat(Locale locale) {
        DecimalFormat standard = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        symbols = standard.getDecimalFormatSymbols();
        groupSize = standard.getGroupingSize() > 0 ? standard.getGroupingSize() : 3;
        lakh = "IN".equals(locale.getCountry());
        maxDecimals = Math.max(2, currencyDecimals(locale));
    }

    public static AmountFormat of(Locale locale) {
        return new AmountFormat(locale);
    }

    /** For the locale the user formats numbers in. */
    public static AmountFormat forUser() {
        return of(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** The amount as this locale writes it, with all its decimals and none added. */
    public String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setGroupingSize(groupSize);
        int decimals = Math.max(0, amount.scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(amount);
    }

    /** The amount typed, none for blank text, or why it is refused (see the class comment). */
    public Parsed<Optional<BigDecimal>> parse(String text) {
        String typed = trimmed(text);
        if (typed.isEmpty()) {
            return Parsed.ok(Optional.empty());
        }
        char first = typed.charAt(0);
        if (first == '-' || first == '\u2212' || first == symbols.getMinusSign()) {
            return Parsed.problem(Texts.get("field.amount.negative"));
        }
        StringBuilder digits = new StringBuilder(typed.length());
        List<Integer> groups = new ArrayList<>();
        int run = 0;
        int decimalsFrom = -1;
        char groupKind = 0;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                digits.append((char) ('0' + digit));
                run++;
            } else if (c == symbols.getDecimalSeparator() && decimalsFrom < 0) {
                groups.add(run);
                run = 0;
                decimalsFrom = digits.length();
            } else if (groupKind(c) != 0 && decimalsFrom < 0 && (groupKind == 0 || groupKind == groupKind(c))) {
                groupKind = groupKind(c);
                groups.add(run);
                run = 0;
            } else if (separator(c)) {
                // A second decimal separator, grouping among the decimals or mixed, or another locale's separator.
                return unclear();
            } else {
                return Parsed.problem(Texts.get("field.amount.problem", format(new BigDecimal("120000")),
                        format(new BigDecimal("120000.50"))));
            }
        }
        if (decimalsFrom < 0) {
            groups.add(run);
        }
        if (digits.length() == 0 || !wellGrouped(groups)) {
            return unclear();
        }
        int decimals = decimalsFrom < 0 ? 0 : digits.length() - decimalsFrom;
        if (decimals > maxDecimals) {
            return Parsed.problem(Texts.get("field.amount.decimals", maxDecimals, format(EXAMPLE)));
        }
        String whole = decimalsFrom < 0 ? digits.toString() : digits.substring(0, decimalsFrom);
        String plain = (whole.isEmpty() ? "0" : whole) + (decimals > 0 ? "." + digits.substring(decimalsFrom) : "");
        return Parsed.ok(Optional.of(new BigDecimal(plain)));
    }

    private Parsed<Optional<BigDecimal>> unclear() {
        StringBuilder plain = new StringBuilder();
        format(EXAMPLE).chars().filter(c -> Character.isDigit(c) || c == symbols.getDecimalSeparator())
                .forEach(c -> plain.append((char) c));
        return Parsed.problem(Texts.get("field.amount.unclear", format(EXAMPLE), plain));
    }

    /** The digit groups before the decimals: one group, or 1..size digits then groups of size (or lakh). */
    private boolean wellGrouped(List<Integer> groups) {
        int last = groups.size() - 1;
        if (last == 0) {
            return true;
        }
        boolean standard = groups.get(0) >= 1 && groups.get(0) <= groupSize;
        boolean indian = lakh && groups.get(last) == 3 && groups.get(0) >= 1 && groups.get(0) <= 2;
        for (int i = 1; i < last; i++) {
            standard &= groups.get(i) == groupSize;
            indian &= groups.get(i) == 2;
        }
        standard &= groups.get(last) == groupSize;
        return standard || indian;
    }

    /** True for any character some locale separates digits with. */
    private boolean separator(char c) {
        return c == symbols.getDecimalSeparator() || groupKind(c) != 0 || ".,'\u2019\u066B\u066C".indexOf(c) >= 0;
    }

    /** 0 to 9 for an ASCII digit or one of the locale's, otherwise -1. */
    private int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int offset = c - symbols.getZeroDigit();
        return offset >= 0 && offset <= 9 ? offset : -1;
    }

    /** Which grouping separator {@code c} is (all spaces alike, ' for ’), or 0 when it is none here. */
    private char groupKind(char c) {
        if (SPACES.indexOf(c) >= 0) {
            return ' ';
        }
        char grouping = symbols.getGroupingSeparator();
        if (c == grouping || grouping == '\u2019' && c == '\'') {
            return SPACES.indexOf(grouping) >= 0 ? ' ' : grouping;
        }
        return 0;
    }

    /** The text without direction marks and without white space at either end (no-break spaces included). */
    private static String trimmed(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> DIRECTION_MARKS.indexOf(c) < 0).forEach(c -> kept.append((char) c));
        int start = 0;
        int end = kept.length();
        while (start < end && blank(kept.charAt(start))) {
            start++;
        }
        while (end > start && blank(kept.charAt(end - 1))) {
            end--;
        }
        return kept.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int currencyDecimals(Locale locale) {
        try {
            Currency currency = locale.getCountry().isEmpty() ? null : Currency.getInstance(locale);
            return currency == null ? 2 : currency.getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }
}
