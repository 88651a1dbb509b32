package org.bridgework.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Notice;
import org.bridgework.ui.common.UndoHistory;

/**
 * Edits of the shown repair that Undo can take back: an entry removed from one of its lists, a commitment marked
 * done or missed. Undo is an ordinary edit of the repair ({@link WizardViewModel#update}), saved like any other;
 * it applies while the repair it was done in is on screen (not in another relationship's).
 */
public final class RepairUndo {
    private final WizardViewModel wizard;

    public RepairUndo(WizardViewModel wizard) {
        this.wizard = wizard;
    }

    /**
     * Makes {@code edit} now; Undo makes {@code inverse}.
     *
     * @param said     what the undo bar says was done
     * @param saidBack what it says once undone
     */
    public void edit(String said, String saidBack, UnaryOperator<RepairCase> edit, UnaryOperator<RepairCase> inverse) {
        RepairCase before = wizard.repairProperty().get();
        if (before == null) {
            return;
        }
        wizard.update(edit);
        recorded(before.relationshipId(), said, Notice.Kind.CHANGED, inverse, saidBack);
    }

    /**
     * What a list of the repair does when one of its entries was removed (the removal itself is already saved):
     * records how to put it back at its place.
     *
     * @param entryKey the key of the entry's kind ("undo.entry.commitment")
     * @param title    the words that name an entry (its "What"); blank for none
     * @param get      the list in a repair
     * @param set      a repair with the list replaced
     */
    public <T> BiConsumer<T, Integer> removals(String entryKey, Function<T, String> title,
                                               Function<RepairCase, List<T>> get,
                                               BiFunction<RepairCase, List<T>, RepairCase> set) {
        return (entry, index) -> {
            RepairCase current = wizard.repairProperty().get();
            if (current == null) {
                return;
            }
            String kind = Texts.get(entryKey);
            String name = shortened(title.apply(entry));
            UnaryOperator<RepairCase> putBack = repair -> {
                List<T> list = new ArrayList<>(get.apply(repair));
                list.add(Math.min(index, list.size()), entry);
                return set.apply(repair, list);
            };
            recorded(current.relationshipId(),
                    name.isEmpty() ? Texts.get("undo.removedUntitled", kind) : Texts.get("undo.removed", kind, name),
                    Notice.Kind.REMOVED, putBack,
                    name.isEmpty() ? Texts.get("undo.backUntitled", kind) : Texts.get("undo.back", kind, name));
        };
    }

    private void recorded(long relationshipId, String said, Notice.Kind kind, UnaryOperator<RepairCase> inverse,
                          String saidBack) {
        UndoHistory history = wizard.undoHistory();
        history.done(said, kind, relationshipId, () -> {
            wizard.update(inverse);
            history.tell(new Notice(saidBack, Notice.Kind.RESTORED, false));
        }, () -> shows(relationshipId));
    }

    /** True while the repair of {@code relationshipId} is on screen and may be changed. */
    private boolean shows(long relationshipId) {
        RepairCase shown = wizard.repairProperty().get();
        return shown != null && shown.relationshipId() == relationshipId && !wizard.readOnlyProperty().get();
    }

    /** A long "What" cut to a length the bar can show on one line. */
    private static String shortened(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 57).stripTrailing() + "\u2026";
    }
}
