package org.bridgework.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Days without their year, as each locale writes them, for the screens where the year goes without saying. */
class DatesTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
    private Locale before;

    @BeforeEach
    void keepLocale() {
        before = Locale.getDefault(Locale.Category.FORMAT);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void eachLocaleKeepsItsOwnOrderOfDayAndMonth() {
        assertEquals("Dec 4", dayAndMonth("en-US"));
        assertEquals("4 Dec", dayAndMonth("en-GB"));
        assertEquals("04.12", dayAndMonth("de-DE"));
        assertEquals("12月4日", dayAndMonth("zh-CN"));
        assertEquals("4 дек.", dayAndMonth("ru-RU"), "the year's 'г.' goes with it");
        assertEquals("dec. 4.", dayAndMonth("hu-HU"));
    }

    @Test
    void theWeekdayFormToo() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        assertEquals("Friday, December 4", Dates.weekdayAndMonth(FRIDAY));
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        assertEquals("Friday, 4 December", Dates.weekdayAndMonth(FRIDAY));
        Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("es-ES"));
        assertEquals("viernes, 4 de diciembre", Dates.weekdayAndMonth(FRIDAY), "'de' before the year goes with it");
        Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("th-TH"));
        assertEquals("วันศุกร์ที่ 4 ธันวาคม", Dates.weekdayAndMonth(FRIDAY), "the era goes with the year");
    }

    /** Every locale the JDK knows: the day is there, the year is gone, and nothing is left hanging at either end. */
    @Test
    void inEveryLocaleTheDayStaysAndTheYearGoes() {
        List<String> wrong = new ArrayList<>();
        for (Locale locale : Locale.getAvailableLocales()) {
            Locale.setDefault(Locale.Category.FORMAT, locale);
            for (String shown : List.of(Dates.dayAndMonth(FRIDAY), Dates.weekdayAndMonth(FRIDAY))) {
                String digits = shown.replaceAll("\\D", "");
                boolean dayThere = digits.contains("4");
                boolean yearGone = !digits.contains("26");
                boolean trimmed = shown.equals(shown.strip()) && !shown.matches(".*[,،/\\-]$") && !shown.matches("^[,،/\\-].*");
                if (!dayThere || !yearGone || !trimmed) {
                    wrong.add(locale.toLanguageTag() + ": \u201c" + shown + "\u201d");
                }
            }
        }
        assertTrue(wrong.isEmpty(), "cut wrongly: " + wrong);
    }

    private String dayAndMonth(String tag) {
        Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag(tag));
        return Dates.dayAndMonth(FRIDAY);
    }
}
