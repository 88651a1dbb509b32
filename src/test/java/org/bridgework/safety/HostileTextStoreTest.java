package org.bridgework.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.bridgework.model.NameProblem;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.RelationshipNames;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;

/**
 * Any text goes into a real workbook file and comes back unchanged: NUL and other controls, direction marks
 * and overrides, zero-width characters, emoji sequences, piles of combining marks, SQL and markup, all kinds of
 * white space, and strings of a megabyte. The one exception, by design: half of a surrogate pair, which UTF-8
 * cannot hold, comes back as U+FFFD, and nothing around it changes ({@link HostileText#asStored}).
 */
class HostileTextStoreTest {
    private static Path folder;
    private static Workbook workbook;

    @BeforeContainer
    static void open() throws Exception {
        folder = Files.createTempDirectory("bridgework-hostile-");
        workbook = Workbook.open(folder.resolve("hostile.db"), FixedClock.now());
    }

    @AfterContainer
    static void close() throws IOException {
        workbook.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Best effort: a failed property may leave a workbook behind in the temporary folder, for a look.
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return HostileText.text(30);
    }

    @Provide
    Arbitrary<List<String>> repairTexts() {
        return HostileText.text(12).list().ofSize(HostileRepairs.TEXT_FIELDS);
    }

    @Provide
    Arbitrary<String> megabyte() {
        return HostileText.longText(1 << 20);
    }

    /**
     * A relationship's fields as the app saves them: created by name, then every field updated (the portfolio's
     * auto-save), then updated again. The name goes through what the app does to it first: the text field drops
     * control characters as they are typed or pasted, and {@link RelationshipNames} strips it and refuses it if
     * empty, too long or taken. The other fields are stored raw, controls and all.
     */
    @Property(tries = 150)
    void relationshipFieldsComeBackAsTyped(@ForAll("texts") String typedName, @ForAll("texts") String organisation,
                                           @ForAll("texts") String contact, @ForAll("texts") String owner,
                                           @ForAll("texts") String notes, @ForAll RelationshipKind kind,
                                           @ForAll boolean archived, @ForAll("texts") String renamedTo,
                                           @ForAll("texts") String newNotes) {
        Optional<String> name = nameAsTheAppTakesIt(typedName);
        Statistics.label("name").collect(name.isPresent() ? "stored" : "refused by the app's rules");
        Statistics.label("fields with NUL or a lone surrogate").collect(Stream.of(organisation, contact, owner, notes)
                .anyMatch(t -> t.indexOf('\u0000') >= 0 || HostileText.hasLoneSurrogate(t)));
        if (name.isEmpty()) {
            return;
        }
        Relationship created = workbook.relationships().create(Relationship.draft(name.get(), FixedClock.NOW));
        try {
            Relationship edited = new Relationship(created.id(), name.get(), organisation, contact, owner, kind, notes,
                    archived, created.createdAt(), created.updatedAt());
            workbook.relationships().update(edited);
            assertStoredAs(edited);

            Relationship renamed = nameAsTheAppTakesIt(renamedTo).map(edited::withName).orElse(edited);
            Relationship again = new Relationship(renamed.id(), renamed.name(), notes, organisation, contact, kind,
                    newNotes, !archived, renamed.createdAt(), renamed.updatedAt());
            workbook.relationships().update(again);
            assertStoredAs(again);
        } finally {
            forget(workbook, created.id());
        }
    }

    /** Every text of every worksheet and list, saved, overwritten and saved again, loaded back each time. */
    @Property(tries = 60)
    void repairTextComesBackAsTyped(@ForAll("repairTexts") List<String> texts, @ForAll("repairTexts") List<String> more) {
        long id = workbook.relationships().create(Relationship.draft("Repair " + System.nanoTime(), FixedClock.NOW)).id();
        try {
            for (List<String> round : List.of(texts, more)) {
                workbook.repairCases().save(HostileRepairs.fill(id, round));
                RepairCase expected = HostileRepairs.fill(id, round.stream().map(HostileText::asStored).toList());
                assertEquals(expected, workbook.repairCases().load(id));
            }
        } finally {
            forget(workbook, id);
        }
    }

    /** A megabyte in a note and in worksheet fields, read back after the workbook is closed and opened again. */
    @Property(tries = 4)
    void aMegabyteComesBackWhole(@ForAll("megabyte") String text) throws Exception {
        Path file = folder.resolve("megabyte-" + System.nanoTime() + ".db");
        List<String> texts = new ArrayList<>(Collections.nCopies(HostileRepairs.TEXT_FIELDS, "short"));
        texts.set(0, text);
        texts.set(31, text);
        long id;
        try (Workbook book = Workbook.open(file, FixedClock.now())) {
            Relationship r = book.relationships().create(Relationship.draft("Megabyte", FixedClock.NOW));
            id = r.id();
            book.relationships().update(new Relationship(id, r.name(), "", "", "", RelationshipKind.CLIENT, text, false,
                    r.createdAt(), r.updatedAt()));
            book.repairCases().save(HostileRepairs.fill(id, texts));
        }
        try (Workbook book = Workbook.open(file, FixedClock.now())) {
            String stored = HostileText.asStored(text);
            assertEquals(stored, book.relationships().findAll().get(0).notes());
            assertEquals(HostileRepairs.fill(id, texts.stream().map(HostileText::asStored).toList()),
                    book.repairCases().load(id));
        }
        Files.delete(file);
    }

    @Example
    void aLoneSurrogateIsStoredAsTheReplacementCharacterAndNothingNearItChanges() {
        String typed = "Pay\uD83D? x\uDE00y \uD83D\uDE00 ok";
        Relationship r = workbook.relationships().create(Relationship.draft("Lone " + System.nanoTime(), FixedClock.NOW));
        try {
            workbook.relationships().update(new Relationship(r.id(), r.name(), typed, "", "", RelationshipKind.CLIENT,
                    typed, false, r.createdAt(), r.updatedAt()));
            Relationship stored = find(r.id());
            assertEquals("Pay\uFFFD? x\uFFFDy \uD83D\uDE00 ok", stored.notes());
            assertEquals(stored.notes(), stored.organisation());
            List<String> texts = new ArrayList<>(Collections.nCopies(HostileRepairs.TEXT_FIELDS, typed));
            workbook.repairCases().save(HostileRepairs.fill(r.id(), texts));
            assertEquals("Pay\uFFFD? x\uFFFDy \uD83D\uDE00 ok",
                    workbook.repairCases().load(r.id()).ownership().whatWeDid());
        } finally {
            forget(workbook, r.id());
        }
    }

    @Example
    void nulAndEveryOtherControlCharacterAreStoredAsGiven() {
        StringBuilder controls = new StringBuilder("start");
        for (char c = 0; c < 0x20; c++) {
            controls.append(c).append('x');
        }
        String text = controls.append("\u007F\u0085\u009F end").toString();
        Relationship r = workbook.relationships().create(Relationship.draft("Controls " + System.nanoTime(), FixedClock.NOW));
        try {
            workbook.relationships().update(new Relationship(r.id(), r.name(), text, text, text, RelationshipKind.OTHER,
                    "\u0000" + text + "\u0000", false, r.createdAt(), r.updatedAt()));
            Relationship stored = find(r.id());
            assertEquals(text, stored.organisation());
            assertEquals("\u0000" + text + "\u0000", stored.notes());
        } finally {
            forget(workbook, r.id());
        }
    }

    /**
     * The name the app would store for what was typed, or empty if it refuses it; a refusal must have its reason.
     * JavaFX's text field drops every character below U+0020 and U+007F as it is typed or pasted
     * (TextInputControl.filterInput), so a name never holds one.
     */
    private static Optional<String> nameAsTheAppTakesIt(String typed) {
        String inField = typed.chars().filter(c -> c >= 0x20 && c != 0x7F)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        List<Relationship> others = workbook.relationships().findAll();
        Optional<NameProblem> problem = RelationshipNames.check(inField, others);
        String clean = RelationshipNames.clean(inField);
        if (problem.isPresent()) {
            switch (problem.get()) {
                case EMPTY -> assertTrue(clean.isEmpty(), "refused as empty: " + clean);
                case TOO_LONG -> assertTrue(clean.codePointCount(0, clean.length()) > RelationshipNames.MAX_LENGTH);
                case DUPLICATE -> assertTrue(others.stream().anyMatch(o -> RelationshipNames.sameName(o.name(), clean)));
            }
            return Optional.empty();
        }
        return Optional.of(clean);
    }

    private static void assertStoredAs(Relationship expected) {
        Relationship stored = find(expected.id());
        assertEquals(HostileText.asStored(expected.name()), stored.name(), "name");
        assertEquals(HostileText.asStored(expected.organisation()), stored.organisation(), "organisation");
        assertEquals(HostileText.asStored(expected.contactPerson()), stored.contactPerson(), "contact person");
        assertEquals(HostileText.asStored(expected.owner()), stored.owner(), "owner");
        assertEquals(expected.kind(), stored.kind(), "kind");
        assertEquals(HostileText.asStored(expected.notes()), stored.notes(), "notes");
        assertEquals(expected.archived(), stored.archived(), "archived");
    }

    private static Relationship find(long id) {
        return workbook.relationships().findAll().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Removes a relationship for good, as the Trash does. */
    private static void forget(Workbook workbook, long id) {
        workbook.relationships().moveToTrash(id);
        workbook.relationships().deleteForGood(java.util.List.of(id));
    }
}
