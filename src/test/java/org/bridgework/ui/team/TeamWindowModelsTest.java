package org.bridgework.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.team.Sharing;
import org.bridgework.model.team.TextChange;
import org.bridgework.store.Collaboration;
import org.bridgework.store.TeamAddress;
import org.bridgework.store.TeamLogins;
import org.bridgework.store.TeamWorkbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.bridgework.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The History and Share windows' models against a real server, each colleague a real login of their own: the
 * owner restores an earlier text (and the restore is in the history), a reader is told why they cannot, the
 * server's refusal reaches the window in plain words, and sharing is saved only by the owner and only with
 * logins the server knows.
 */
class TeamWindowModelsTest {
    private static TeamAddress workbook;
    private static String ruth;
    private static String sam;
    private static String tina;
    private static TeamWorkbook asRuth;
    private static TeamWorkbook asSam;
    private static TeamWorkbook asTina;

    @BeforeAll
    static void aTeam() throws Exception {
        workbook = PostgresServer.shared().freshWorkbookAddress();
        TeamWorkbook.create(workbook, null, FixedClock.now()).close();
        ruth = TeamLogins.create("ruth");
        sam = TeamLogins.create("sam");
        tina = TeamLogins.create("tina");
        TeamLogins.grantTableAccess(workbook, ruth, sam, tina);
        asRuth = TeamWorkbook.open(TeamLogins.as(workbook, ruth), null, FixedClock.now());
        asSam = TeamWorkbook.open(TeamLogins.as(workbook, sam), null, FixedClock.now());
        asTina = TeamWorkbook.open(TeamLogins.as(workbook, tina), null, FixedClock.now());
    }

    @AfterAll
    static void close() {
        asRuth.close();
        asSam.close();
        asTina.close();
    }

    @Test
    void theOwnerSeesWhoChangedWhatAndPutsBackAnEarlierTextWhichIsRecordedToo() {
        long id = relationshipWithTwoRootCauses("Acme", Sharing.privateTo(ruth).withEditors(List.of(sam)));
        List<String> order = new ArrayList<>();
        HistoryViewModel model = new HistoryViewModel(new ImmediateTaskRunner(), team(asRuth), id,
                flushed(order, true), () -> order.add("read back"));
        model.load();

        List<TextChange> changes = model.changes();
        assertEquals(List.of(sam, ruth, ruth), changes.stream().map(change -> change.stamp().by()).toList(),
                "newest first");
        ChangeWords words = new ChangeWords(ZoneOffset.UTC);
        assertEquals(List.of("Details \u00b7 Name", "added \u201cAcme\u201d"),
                List.of(words.what(changes.get(2)), words.excerpt(changes.get(2))), "making it gave it its name");
        assertEquals("Understand \u00b7 The root cause", words.what(changes.get(0)));
        assertEquals("\u201cRuth's words\u201d \u2192 \u201cSam's words\u201d", words.excerpt(changes.get(0)));
        assertTrue(model.mayRestoreProperty().get());
        assertEquals("", model.whyNoRestoreProperty().get());

        model.restore(changes.get(0));
        assertEquals(List.of("flushed", "read back"), order, "own edits first, then the window reads it back");
        assertEquals("Ruth's words", asSam.repairCases().load(id).understanding().rootCause());
        assertEquals(4, model.changes().size(), "the restore is in the history: " + model.statusProperty().get());
        assertEquals(List.of(ruth, "Sam's words", "Ruth's words"), List.of(model.changes().get(0).stamp().by(),
                model.changes().get(0).before(), model.changes().get(0).after()));
        assertTrue(model.statusProperty().get().startsWith("Put back: Understand"), model.statusProperty().get());

        model.restore(model.changes().get(3));
        assertEquals("Acme", asRuth.relationships().findAll().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow().name(), "a relationship keeps a name");
        assertTrue(model.statusProperty().get().contains("no earlier name"), model.statusProperty().get());
    }

    @Test
    void aRestoreWaitsForOwnEditsAndIsNotMadeIfTheyCannotBeSaved() {
        long id = relationshipWithTwoRootCauses("Harbour", Sharing.privateTo(ruth));
        HistoryViewModel model = new HistoryViewModel(new ImmediateTaskRunner(), team(asRuth), id,
                flushed(new ArrayList<>(), false), () -> { });
        model.load();
        model.restore(model.changes().get(0));
        assertEquals("Sam's words", asRuth.repairCases().load(id).understanding().rootCause(), "nothing changed");
        assertEquals(3, model.changes().size());
        assertTrue(model.statusProperty().get().contains("could not be saved first"), model.statusProperty().get());
    }

    @Test
    void aReaderIsToldWhyNotAndAnEditorWhoseRightWasWithdrawnIsRefusedByTheServer() {
        long id = relationshipWithTwoRootCauses("Northwind", Sharing.privateTo(ruth).withEditors(List.of(sam))
                .withTeamReads(true));
        HistoryViewModel reader = new HistoryViewModel(new ImmediateTaskRunner(), team(asTina), id,
                flushed(new ArrayList<>(), true), () -> { });
        reader.load();
        assertEquals(3, reader.changes().size(), "a reader reads the history");
        assertFalse(reader.mayRestoreProperty().get());
        assertTrue(reader.whyNoRestoreProperty().get().contains("Its owner, " + ruth + ", can share it with you"),
                reader.whyNoRestoreProperty().get());

        HistoryViewModel editor = new HistoryViewModel(new ImmediateTaskRunner(), team(asSam), id,
                flushed(new ArrayList<>(), true), () -> { });
        editor.load();
        assertTrue(editor.mayRestoreProperty().get());
        asRuth.collaboration().orElseThrow().permissions().share(id, Sharing.privateTo(ruth).withTeamReads(true));
        editor.restore(editor.changes().get(0));
        assertEquals("The server did not let you change this relationship. Its owner can share it with you for"
                + " editing.", editor.statusProperty().get());
        assertEquals("Sam's words", asRuth.repairCases().load(id).understanding().rootCause(), "nothing changed");
    }

    @Test
    void theOwnerSharesWithKnownLoginsOnlyAndAnyoneElseSeesItReadOnly() {
        long id = relationshipWithTwoRootCauses("Delta", Sharing.privateTo(ruth));
        SharingViewModel owner = new SharingViewModel(new ImmediateTaskRunner(), team(asRuth), id);
        owner.load();
        assertEquals(ruth, owner.ownerProperty().get());
        assertTrue(owner.mayChangeProperty().get());
        assertFalse(owner.add("  "));
        assertFalse(owner.add(ruth), "the owner is not an editor of their own");
        assertTrue(owner.add(sam));
        assertFalse(owner.add(sam));
        assertEquals(sam + " is on the list already.", owner.problemProperty().get());
        assertTrue(owner.add("nobody_by_that_name"));
        owner.teamReadsProperty().set(true);
        AtomicInteger saved = new AtomicInteger();
        owner.save(saved::incrementAndGet);
        assertEquals(0, saved.get());
        assertTrue(owner.problemProperty().get().startsWith("The server has no login named nobody_by_that_name."),
                owner.problemProperty().get());
        assertEquals(Sharing.privateTo(ruth), sharing(id), "nothing was saved");

        owner.remove("nobody_by_that_name");
        owner.save(saved::incrementAndGet);
        assertEquals(1, saved.get(), owner.problemProperty().get());
        assertEquals(new Sharing(ruth, List.of(sam), true), sharing(id));

        SharingViewModel editor = new SharingViewModel(new ImmediateTaskRunner(), team(asSam), id);
        editor.load();
        assertEquals(List.of(sam), editor.editors());
        assertFalse(editor.mayChangeProperty().get(), "an editor may change the texts, not the sharing");
        editor.teamReadsProperty().set(false);
        editor.save(saved::incrementAndGet);
        assertEquals(1, saved.get());
        assertEquals(new Sharing(ruth, List.of(sam), true), sharing(id));
    }

    private static Sharing sharing(long id) {
        return asRuth.collaboration().orElseThrow().permissions().of(id).orElseThrow();
    }

    /** Made by Ruth (root cause "Ruth's words"), shared as {@code sharing}, then changed by Sam ("Sam's words"). */
    private static long relationshipWithTwoRootCauses(String name, Sharing sharing) {
        long id = asRuth.relationships().create(Relationship.draft(name, FixedClock.NOW)).id();
        asRuth.collaboration().orElseThrow().permissions().share(id, Sharing.privateTo(ruth).withEditors(List.of(sam)));
        RepairCase repair = asRuth.repairCases().load(id);
        asRuth.repairCases().save(repair.withUnderstanding(repair.understanding().withRootCause("Ruth's words")));
        RepairCase theirs = asSam.repairCases().load(id);
        asSam.repairCases().save(theirs.withUnderstanding(theirs.understanding().withRootCause("Sam's words")));
        asRuth.collaboration().orElseThrow().permissions().share(id, sharing);
        return id;
    }

    private static java.util.function.Supplier<Optional<Collaboration>> team(TeamWorkbook workbook) {
        return workbook::collaboration;
    }

    private static Consumer<Consumer<Boolean>> flushed(List<String> order, boolean written) {
        return done -> {
            order.add("flushed");
            done.accept(written);
        };
    }
}
