package org.bridgework.model.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SilenceClockTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final LocalDate INCIDENT = TODAY.minusDays(10);

    private static RepairCase withIncidents(Incident... incidents) {
        RepairCase start = RepairCase.start(1);
        return start.withUnderstanding(start.understanding().withIncidents(List.of(incidents)));
    }

    private static Incident on(LocalDate day) {
        return new Incident(Optional.ofNullable(day), "Late delivery", IncidentKind.MISSED_DEADLINE);
    }

    private static Conversation talk(LocalDate day, String who) {
        return new Conversation(day, Channel.PHONE, who.isEmpty() ? List.of() : List.of(who), "", "", "", "",
                Optional.empty());
    }

    private static RepairCase talking(RepairCase repair, Conversation... talks) {
        return repair.withDialogue(new Dialogue(List.of(talks)));
    }

    @Test
    void noDatedIncidentNoClock() {
        assertEquals(Optional.empty(), SilenceClock.of(RepairCase.start(1), TODAY));
        assertEquals(Optional.empty(), SilenceClock.of(withIncidents(on(null)), TODAY));
    }

    @Test
    void withNoWordLoggedTheClockRunsToTodayFromTheFirstIncident() {
        SilenceClock clock = SilenceClock.of(withIncidents(on(TODAY.minusDays(2)), on(INCIDENT)), TODAY).orElseThrow();
        assertEquals(INCIDENT, clock.firstIncident());
        assertEquals(10, clock.days());
        assertTrue(clock.ongoing());
        assertTrue(clock.tooLong());
    }

    @Test
    void theFirstConversationOrApologyAfterTheIncidentStopsIt() {
        RepairCase repair = talking(withIncidents(on(INCIDENT)), talk(INCIDENT.plusDays(5), "Owen"),
                talk(INCIDENT.minusDays(30), "Owen"), talk(INCIDENT.plusDays(2), "Nadia"));
        SilenceClock clock = SilenceClock.of(repair, TODAY).orElseThrow();
        assertEquals(Optional.of(INCIDENT.plusDays(2)), clock.firstWord(), "an earlier chat is not a reply");
        assertEquals(2, clock.days());
        assertFalse(clock.tooLong());

        RepairCase apologised = repair.withReconciliation(new Reconciliation(
                Apology.none().givenOn(INCIDENT.plusDays(1), Channel.EMAIL), Forgiveness.none()));
        assertEquals(1, SilenceClock.of(apologised, TODAY).orElseThrow().days());
    }

    @Test
    void aConversationAddedButLeftBlankIsNotAWordToThem() {
        SilenceClock clock = SilenceClock.of(talking(withIncidents(on(INCIDENT)), talk(INCIDENT.plusDays(1), "")),
                TODAY).orElseThrow();
        assertTrue(clock.ongoing());
    }

    @Test
    void threeDaysIsTheLastDayBeforeTheWarning() {
        assertFalse(SilenceClock.of(talking(withIncidents(on(INCIDENT)), talk(INCIDENT.plusDays(3), "Owen")), TODAY)
                .orElseThrow().tooLong());
        assertTrue(SilenceClock.of(talking(withIncidents(on(INCIDENT)), talk(INCIDENT.plusDays(4), "Owen")), TODAY)
                .orElseThrow().tooLong());
    }
}
