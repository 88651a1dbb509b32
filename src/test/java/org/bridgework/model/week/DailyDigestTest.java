package org.bridgework.model.week;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;

class DailyDigestTest {
    private static final LocalDate TODAY = LocalDate.now(FixedClock.now());

    @Test
    void atMostOneDesktopDigestADay() {
        assertTrue(DailyDigest.desktopDue(Optional.empty(), TODAY), "never given: due");
        assertFalse(DailyDigest.desktopDue(Optional.of(TODAY), TODAY), "given today: not again");
        assertTrue(DailyDigest.desktopDue(Optional.of(TODAY.minusDays(1)), TODAY), "given yesterday: due");
        assertFalse(DailyDigest.desktopDue(Optional.of(TODAY.plusDays(1)), TODAY),
                "a date ahead (the clock was set back) gives none rather than two");
    }

    @Test
    void theNextMorningIsTodaysUntilEightThenTomorrows() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        ZonedDateTime early = TODAY.atTime(6, 30).atZone(zone);
        assertEquals(Duration.ofMinutes(90), DailyDigest.untilNextMorning(early));
        ZonedDateTime atEight = TODAY.atTime(8, 0).atZone(zone);
        assertEquals(Duration.ofHours(24), DailyDigest.untilNextMorning(atEight));
        ZonedDateTime evening = TODAY.atTime(21, 15).atZone(zone);
        assertEquals(Duration.ofHours(10).plusMinutes(45), DailyDigest.untilNextMorning(evening));
    }
}
