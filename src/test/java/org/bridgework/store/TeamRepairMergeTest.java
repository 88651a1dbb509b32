package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.team.RecordPath;
import org.bridgework.model.team.RepairMerge;
import org.bridgework.model.team.Sharing;
import org.bridgework.model.team.TextConflict;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The window's save of a repair in a team workbook ({@link RepairCaseRepository#save}, which the wizard's autosave
 * calls), by two people with their own logins on one real server: different fields both stand and the second
 * save comes back merged; the same text changed by both keeps theirs on the server and mine in
 * {@code text_conflict}, until one of them settles it.
 */
class TeamRepairMergeTest {
    private static final String FIRST = "Where we began";
    private static TeamWorkbook asOlivia;
    private static TeamWorkbook asSam;
    private static String olivia;
    private long id;

    @BeforeAll
    static void twoEditors() throws Exception {
        TeamAddress workbook = PostgresServer.shared().freshWorkbookAddress();
        olivia = TeamLogins.create("olivia");
        String sam = TeamLogins.create("sam");
        asOlivia = TeamWorkbook.create(TeamLogins.as(workbook, olivia), null, FixedClock.now());
        TeamLogins.grantTableAccess(workbook, sam);
        asSam = TeamWorkbook.open(TeamLogins.as(workbook, sam), null, FixedClock.now());
        olivia = asOlivia.collaboration().orElseThrow().permissions().me();
        // each test has a relationship of its own, shared with Sam for editing
        TeamRepairMergeTest.sam = sam;
    }

    private static String sam;

    @BeforeEach
    void oneRepairBothRead() {
        id = asOlivia.relationships().create(Relationship.draft("Acme " + System.nanoTime(), FixedClock.NOW)).id();
        RepairCase repair = asOlivia.repairCases().load(id);
        asOlivia.repairCases().save(repair.withUnderstanding(repair.understanding().withRootCause(FIRST)
                .withIncidents(List.of(Incident.of(LocalDate.of(2026, 3, 1), "Late delivery", IncidentKind.OTHER)))));
        asOlivia.collaboration().orElseThrow().permissions().share(id, Sharing.privateTo(olivia).withEditors(List.of(sam)));
    }

    @AfterAll
    static void close() {
        asOlivia.close();
        asSam.close();
    }

    @Test
    void differentFieldsChangedByTwoBothStandAndTheSecondComesBackMerged() {
        RepairCase oliviaRead = asOlivia.repairCases().load(id);
        RepairCase samRead = asSam.repairCases().load(id);

        asOlivia.repairCases().save(with(oliviaRead, "understanding.rootCause", "", "Olivia's root cause"));
        RepairMerge.Result samSaved = asSam.repairCases().save(with(samRead, "understanding.theirAccount", "", "Sam's account"));

        assertEquals(List.of(), samSaved.conflicts());
        assertEquals("Olivia's root cause", samSaved.merged().understanding().rootCause(), "the merged repair comes back");
        RepairCase stored = asOlivia.repairCases().load(id);
        assertEquals("Olivia's root cause", stored.understanding().rootCause());
        assertEquals("Sam's account", stored.understanding().theirAccount());

        // Sam's next save, from the repair his window still shows, does not undo Olivia's root cause.
        RepairCase samNext = with(with(samRead, "understanding.theirAccount", "", "Sam's account"),
                "understanding.ourAccount", "", "Ours, by Sam");
        asSam.repairCases().save(samNext);
        assertEquals("Olivia's root cause", asOlivia.repairCases().load(id).understanding().rootCause());
    }

    @Test
    void theSameTextChangedByTwoKeepsTheirsStoredAndMineKeptUntilSettled() {
        RepairCase oliviaRead = asOlivia.repairCases().load(id);
        RepairCase samRead = asSam.repairCases().load(id);
        asOlivia.repairCases().save(with(oliviaRead, "understanding.rootCause", "", "Olivia's words"));

        RepairMerge.Result samSaved = asSam.repairCases().save(with(samRead, "understanding.rootCause", "", "Sam's words"));

        TextConflict conflict = samSaved.conflicts().get(0);
        assertEquals(1, samSaved.conflicts().size());
        assertEquals(List.of("understanding.rootCause", "", FIRST, "Olivia's words", "Sam's words"),
                List.of(conflict.field(), conflict.entry(), conflict.base(), conflict.theirs(), conflict.mine()));
        assertEquals(olivia, conflict.saved().orElseThrow().by(), "who saved theirs");
        assertEquals("Olivia's words", asOlivia.repairCases().load(id).understanding().rootCause(), "not written over");
        assertEquals(List.of("Sam's words"), mineKept(asOlivia), "both texts kept on the server");

        // A later save of Sam's window that leaves the text alone does not write it over either.
        asSam.repairCases().save(with(with(samRead, "understanding.rootCause", "", "Sam's words"),
                "understanding.ourAccount", "", "Ours"));
        assertEquals("Olivia's words", asOlivia.repairCases().load(id).understanding().rootCause());

        assertEquals(Optional.empty(), asSam.repairCases().settle(id, conflict, "Olivia's words, and Sam's"));
        assertEquals("Olivia's words, and Sam's", asOlivia.repairCases().load(id).understanding().rootCause());
        assertEquals(List.of(), mineKept(asOlivia));
    }

    @Test
    void settlingAgainstATextChangedAgainMeanwhileSavesNothingAndShowsTheNewerText() {
        RepairCase oliviaRead = asOlivia.repairCases().load(id);
        RepairCase samRead = asSam.repairCases().load(id);
        RepairCase oliviaSaved = with(oliviaRead, "understanding.rootCause", "", "Olivia's words");
        asOlivia.repairCases().save(oliviaSaved);
        TextConflict conflict = asSam.repairCases().save(with(samRead, "understanding.rootCause", "", "Sam's words"))
                .conflicts().get(0);
        asOlivia.repairCases().save(with(oliviaSaved, "understanding.rootCause", "", "Olivia again"));

        TextConflict newer = asSam.repairCases().settle(id, conflict, "Sam's words").orElseThrow();

        assertEquals(List.of("Olivia again", "Sam's words"), List.of(newer.theirs(), newer.mine()));
        assertEquals("Olivia again", asOlivia.repairCases().load(id).understanding().rootCause());
        assertEquals(Optional.empty(), asSam.repairCases().settle(id, newer, "Sam's words"), "keep mine, seen both");
        assertEquals("Sam's words", asOlivia.repairCases().load(id).understanding().rootCause());
    }

    @Test
    void aListEntryTextChangedByBothMeetsAndEntriesBothAddedAreAllKept() {
        RepairCase oliviaRead = asOlivia.repairCases().load(id);
        RepairCase samRead = asSam.repairCases().load(id);
        asOlivia.repairCases().save(with(oliviaRead, "understanding.incidents.description", "0", "Late, by Olivia"));
        RepairMerge.Result met = asSam.repairCases().save(with(samRead, "understanding.incidents.description", "0",
                "Late, by Sam"));
        assertEquals(List.of("understanding.incidents.description", "0"),
                List.of(met.conflicts().get(0).field(), met.conflicts().get(0).entry()));
        assertEquals(1, asSam.repairCases().unsettled(id).size(), "offered again when the repair is opened again");

        RepairCase both = asOlivia.repairCases().load(id);
        RepairCase bySam = asSam.repairCases().load(id);
        asOlivia.repairCases().save(both.withUnderstanding(both.understanding().withIncidents(plus(both, "Olivia's"))));
        asSam.repairCases().save(bySam.withUnderstanding(bySam.understanding().withIncidents(plus(bySam, "Sam's"))));
        List<String> stored = asOlivia.repairCases().load(id).understanding().incidents().stream()
                .map(Incident::description).toList();
        assertEquals(List.of("Late, by Olivia", "Olivia's", "Sam's"), stored);
        assertTrue(asSam.repairCases().unsettled(id).size() == 1);
    }

    private static List<Incident> plus(RepairCase repair, String description) {
        List<Incident> more = new java.util.ArrayList<>(repair.understanding().incidents());
        more.add(Incident.of(LocalDate.of(2026, 3, 2), description, IncidentKind.OTHER));
        return more;
    }

    private static RepairCase with(RepairCase repair, String field, String entry, String text) {
        return RecordPath.withText(repair, field, entry, text);
    }

    private List<String> mineKept(TeamWorkbook workbook) {
        return workbook.repairCases().unsettled(id).stream().map(TextConflict::mine).toList();
    }
}
