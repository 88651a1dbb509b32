package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.store.RepairEdits.Edit;
import org.bridgework.store.RepairEdits.Kind;
import org.bridgework.store.RepairEdits.Lists;
import org.bridgework.testing.FixedClock;

/**
 * Random sequences of edits, each saved as the wizard saves it: after every save the workbook, read through a
 * second connection, holds exactly the edited repair, and SQLite counts as many rows changed as the edit changed
 * entries (one row per added, removed or changed entry or sheet, plus its participants' rows).
 */
class SaveWritesChangesTest {

    @Property(tries = 40, seed = "20261204")
    void eachSaveWritesTheChangedRowsAndTheWorkbookHoldsTheRepair(@ForAll("edits") List<Edit> edits) throws Exception {
        Path folder = Files.createTempDirectory("bridgework-save-changes-");
        Path file = folder.resolve("w.db");
        try {
            long id;
            try (Workbook book = Workbook.open(file, FixedClock.now())) {
                id = book.relationships().create(Relationship.draft("Harbour", FixedClock.NOW)).id();
                book.repairCases().save(RepairSamples.realistic(id));
            }
            try (Workbook book = Workbook.open(file, FixedClock.now())) {
                RepairCase repair = book.repairCases().load(id);
                for (Edit edit : edits) {
                    RepairCase edited = RepairEdits.apply(edit, repair);
                    long before = book.rowsChanged();
                    book.repairCases().save(edited);
                    long written = book.rowsChanged() - before;
                    Set<Long> expected = rowsChanged(edit, repair, edited);
                    assertTrue(expected.contains(written), edit + " wrote " + written + " rows, expected " + expected);
                    assertEquals(edited, readAnew(file, id), "after " + edit);
                    repair = edited;
                }
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(BackupFiles::deleteQuietly);
            }
        }
    }

    /** The repair as a second connection reads it: what is committed, not what the repository remembers. */
    private static RepairCase readAnew(Path file, long id) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            return new RepairCaseRepository(connection, null).load(id);
        }
    }

    /**
     * How many rows the edit changes, counted from the repair before and after: a changed sheet is one row; a
     * list of the same length, one row per entry that differs (plus the old and new names of a conversation
     * whose participants changed); one entry added or removed, one row and its names. Inserting in the middle
     * may instead rewrite the list (when no position is free there), and a change to the ticked components
     * always does: every old row deleted and every new row inserted.
     */
    private static Set<Long> rowsChanged(Edit edit, RepairCase before, RepairCase after) {
        if (edit.kind() == Kind.SHEET) {
            return Set.of(before.ownership().equals(after.ownership()) ? 0L : 1L);
        }
        List<?> old = edit.list().of(before);
        List<?> now = edit.list().of(after);
        long rewrite = old.size() + now.size() + names(old) + names(now);
        if (old.equals(now)) {
            return Set.of(0L);
        }
        if (edit.list() == Lists.COMPONENTS) {
            return Set.of(rewrite);
        }
        if (old.size() == now.size()) {
            long rows = 0;
            for (int i = 0; i < old.size(); i++) {
                if (!old.get(i).equals(now.get(i))) {
                    rows += 1 + namesReplaced(old.get(i), now.get(i));
                }
            }
            return Set.of(rows);
        }
        long one = 1 + Math.abs(names(now) - names(old));
        return edit.kind() == Kind.INSERT ? Set.of(one, rewrite) : Set.of(one);
    }

    private static long names(List<?> entries) {
        return entries.stream().filter(Conversation.class::isInstance)
                .mapToLong(c -> ((Conversation) c).participants().size()).sum();
    }

    private static long namesReplaced(Object old, Object now) {
        if (old instanceof Conversation before && now instanceof Conversation after
                && !before.participants().equals(after.participants())) {
            return before.participants().size() + after.participants().size();
        }
        return 0;
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(Kind.ADD)),
                Tuple.of(5, Arbitraries.just(Kind.EDIT)), Tuple.of(3, Arbitraries.just(Kind.REMOVE)),
                Tuple.of(2, Arbitraries.of(Kind.SWAP, Kind.INSERT, Kind.SHEET)), Tuple.of(1, Arbitraries.just(Kind.SORT)));
        Arbitrary<Edit> edit = Combinators.combine(kinds, Arbitraries.of(Lists.class),
                Arbitraries.integers().between(0, 60), Arbitraries.strings().withCharRange('a', 'd').ofMinLength(1)
                        .ofMaxLength(3)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(30);
    }
}
