package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void readsTheDatesTheWorkbookWritesLikeLocalDateParse() {
        for (LocalDate day = LocalDate.of(1999, 12, 25); day.isBefore(LocalDate.of(2001, 3, 2)); day = day.plusDays(1)) {
            assertEquals(day, Columns.isoDate(day.toString()));
        }
        assertEquals(LocalDate.of(2024, 2, 29), Columns.isoDate("2024-02-29"));
        assertEquals(LocalDate.of(10_000, 1, 1), Columns.isoDate("+10000-01-01"));
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThrows(DateTimeException.class, () -> Columns.isoDate("2026-13-01"));
        assertThrows(DateTimeException.class, () -> Columns.isoDate("2025-02-29"));
        assertThrows(DateTimeException.class, () -> Columns.isoDate("2026-1x-01"));
        assertThrows(DateTimeException.class, () -> Columns.isoDate("26-11-2026"));
        assertThrows(DateTimeException.class, () -> Columns.isoDate("２０２６-11-01"));
        assertThrows(DateTimeException.class, () -> Columns.isoDate(""));
    }
}
