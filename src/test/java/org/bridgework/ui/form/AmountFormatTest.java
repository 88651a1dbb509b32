package org.bridgework.ui.form;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.function.Executable;

/**
 * Amounts as six locales write them: the separators the JDK's locale data gives (narrow no-break space in fr-FR,
 * ’ in de-CH, Arabic-Indic digits and separators in ar), what is read, what is refused, and the round trip.
 */
class AmountFormatTest {
    private static final Locale DE = Locale.forLanguageTag("de-DE");
    private static final Locale FR = Locale.forLanguageTag("fr-FR");
    private static final Locale CH = Locale.forLanguageTag("de-CH");
    private static final Locale IN = Locale.forLanguageTag("en-IN");
    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final Locale US = Locale.forLanguageTag("en-US");
    private static final String UNCLEAR = "Not clear which amount this is";

    @Example
    void germanAmounts() {
        assertShown(DE, "1234.5", "1.234,5");
        assertShown(DE, "1234567.50", "1.234.567,50");
        assertShown(DE, "0", "0");
        assertRead(DE, "1.234,5", "1234.5");
        assertRead(DE, "1234,50", "1234.50");
        assertRead(DE, "1.234", "1234");
        assertRead(DE, " 1 234 567,89 ", "1234567.89");
        assertRead(DE, "0,5", "0.5");
        assertRead(DE, "7", "7");
        // A thousand written the English way, or grouping in the wrong places: refused, never read as another number.
        assertRefused(DE, "1234.50", UNCLEAR);
        assertRefused(DE, "1,234.50", UNCLEAR);
        assertRefused(DE, "1.2345", UNCLEAR);
        assertRefused(DE, "12.34", UNCLEAR);
        assertRefused(DE, "1.234.5", UNCLEAR);
        assertRefused(DE, ".5", UNCLEAR);
        assertRefused(DE, "1.234 567", UNCLEAR);
        assertRefused(DE, "1,2,3", UNCLEAR);
        assertRefused(DE, "1,234", "At most 2 digits after the decimal separator, as in 1.234.567,50.");
        assertRefused(DE, "-5", "An amount cannot be negative.");
        assertRefused(DE, "5 €", "Type an amount such as 120.000 or 120.000,50.");
        assertRefused(DE, "1234.50", "write it like 1.234.567,50, or 1234567,50 without separators");
    }

    @Example
    void frenchAmountsAreGroupedWithNarrowNoBreakSpaces() {
        assertShown(FR, "1234567.5", "1\u202F234\u202F567,5");
        assertRead(FR, "1\u202F234,5", "1234.5");
        assertRead(FR, "1\u00A0234,5", "1234.5");
        assertRead(FR, "1 234,5", "1234.5");
        assertRead(FR, "1234,50", "1234.50");
        assertRefused(FR, "1234.50", UNCLEAR);
        assertRefused(FR, "1.234,50", UNCLEAR);
        assertRefused(FR, "1 23,5", UNCLEAR);
    }

    @Example
    void swissGermanAmountsAreGroupedWithApostrophes() {
        assertShown(CH, "1234567.5", "1\u2019234\u2019567.5");
        assertRead(CH, "1\u2019234.50", "1234.50");
        assertRead(CH, "1'234.50", "1234.50");
        assertRead(CH, "1234.5", "1234.5");
        assertRefused(CH, "1234,50", UNCLEAR);
        assertRefused(CH, "1'23.5", UNCLEAR);
        assertRefused(CH, "1.234", "At most 2 digits");
    }

    @Example
    void indianAmountsAreReadInLakhsAndInThousands() {
        // java.text has no second grouping size, so the JDK shows groups of three; both are read.
        assertShown(IN, "1234567.5", "1,234,567.5");
        assertRead(IN, "12,34,567.50", "1234567.50");
        assertRead(IN, "1,234,567.50", "1234567.50");
        assertRead(IN, "1,00,000", "100000");
        assertRead(IN, "10,00,00,000", "100000000");
        assertRead(IN, "1,000", "1000");
        assertRefused(IN, "12,34,56", UNCLEAR);
        assertRefused(IN, "123,45,678", UNCLEAR);
        assertRefused(IN, "1,2345", UNCLEAR);
        assertRefused(IN, "1234,50", UNCLEAR);
        // Lakh grouping is India's: in en-US the same text is refused.
        assertRefused(US, "12,34,567.50", UNCLEAR);
    }

    @Example
    void arabicAmountsUseArabicIndicDigitsAndSeparators() {
        assertShown(AR, "1234.5", "\u0661\u066C\u0662\u0663\u0664\u066B\u0665");
        assertRead(AR, "\u0661\u066C\u0662\u0663\u0664\u066B\u0665", "1234.5");
        assertRead(AR, "\u0661\u0662\u0663\u0664\u066B\u0665\u0660", "1234.50");
        assertRead(AR, "1234\u066B5", "1234.5");
        assertRead(AR, "\u200F\u0661\u066C\u0662\u0663\u0664", "1234");
        assertRefused(AR, "1234.5", UNCLEAR);
        assertRefused(AR, "1,234", UNCLEAR);
        assertRefused(AR, "\u0661\u066C\u0662\u0663", UNCLEAR);
    }

    @Example
    void americanAmounts() {
        assertShown(US, "1234.5", "1,234.5");
        assertRead(US, "1,234.5", "1234.5");
        assertRead(US, "1234.50", "1234.50");
        assertRead(US, "1 234.50", "1234.50");
        assertRefused(US, "1234,50", UNCLEAR);
        assertRefused(US, "1.234,50", UNCLEAR);
        assertRefused(US, "1,23", UNCLEAR);
        assertRefused(US, "1.234", "At most 2 digits after the decimal separator, as in 1,234,567.50.");
        assertRefused(US, "$5", "Type an amount such as 120,000 or 120,000.50.");
        assertRefused(US, "1e3", "Type an amount such as");
    }

    @Example
    void blankMeansNone() {
        for (Locale locale : List.of(DE, FR, CH, IN, AR, US)) {
            assertEquals(Parsed.ok(Optional.empty()), AmountFormat.of(locale).parse(" \u00A0 "), locale.toString());
        }
    }

    /** What is shown reads back as the very same value, scale included, in every locale the JDK knows. */
    @Example
    void everyAvailableLocaleReadsBackWhatItShows() {
        List<BigDecimal> amounts = List.of(new BigDecimal("0"), new BigDecimal("0.05"), new BigDecimal("999.9"),
                new BigDecimal("1000"), new BigDecimal("1234.5"), new BigDecimal("1234567.50"),
                new BigDecimal("98765432109876543.21"));
        assertAll(Arrays.stream(java.text.NumberFormat.getAvailableLocales()).flatMap(locale -> amounts.stream()
                .map(amount -> (Executable) () -> assertRoundTrip(locale, amount))));
    }

    @Property(tries = 2000, seed = "20261204")
    void whatIsShownReadsBackAsTheSameAmount(@ForAll("locales") Locale locale, @ForAll("amounts") BigDecimal amount) {
        assertRoundTrip(locale, amount);
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(DE, FR, CH, IN, AR, US, Locale.forLanguageTag("es-ES"), Locale.forLanguageTag("it-IT"),
                Locale.forLanguageTag("nl-NL"), Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("ru-RU"),
                Locale.forLanguageTag("fa-IR"), Locale.forLanguageTag("hi-IN"));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Combinators.combine(Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.integers().between(0, 2))
                .as(BigDecimal::valueOf);
    }

    private static void assertRoundTrip(Locale locale, BigDecimal amount) {
        AmountFormat format = AmountFormat.of(locale);
        String shown = format.format(amount);
        assertEquals(Parsed.ok(Optional.of(amount)), format.parse(shown), locale.toLanguageTag() + ": " + shown);
    }

    private static void assertShown(Locale locale, String amount, String shown) {
        assertEquals(shown, AmountFormat.of(locale).format(new BigDecimal(amount)), locale.toLanguageTag());
    }

    private static void assertRead(Locale locale, String typed, String amount) {
        assertEquals(Parsed.ok(Optional.of(new BigDecimal(amount))), AmountFormat.of(locale).parse(typed),
                locale.toLanguageTag() + ": " + typed);
    }

    private static void assertRefused(Locale locale, String typed, String problem) {
        Parsed<Optional<BigDecimal>> parsed = AmountFormat.of(locale).parse(typed);
        assertTrue(!parsed.valid() && parsed.problem().contains(problem),
                locale.toLanguageTag() + ": " + typed + " gave " + parsed);
    }
}
