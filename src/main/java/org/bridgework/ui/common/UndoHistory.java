package org.bridgework.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.bridgework.text.Texts;

/**
 * The one undo model of the window: every removal, status change, archive and delete is recorded here with the
 * sentence the undo bar shows and how to take it back. Undo (the bar's button, Ctrl+Z) takes back the latest.
 * An undo is itself an ordinary edit, saved the way any edit is, so it survives a restart.
 */
public final class UndoHistory {
    /** Enough to walk back a run of removals; older actions are let go. */
    static final int KEPT = 50;

    /**
     * One thing done.
     *
     * @param subject  what it was done to (a relationship's id), so it can be forgotten when that goes for good
     * @param possible false once the undo cannot apply any more (e.g. that relationship's repair is no longer shown)
     */
    private record Action(Object subject, Runnable undo, BooleanSupplier possible) {
    }

    private final Deque<Action> actions = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");

    /**
     * Something was done: the bar says {@code text} and offers Undo, which runs {@code undo}.
     *
     * @param kind what happened, for the bar's icon; not {@link Notice.Kind#RESTORED}
     */
    public void done(String text, Notice.Kind kind, Object subject, Runnable undo, BooleanSupplier possible) {
        if (kind == Notice.Kind.RESTORED) {
            throw new IllegalArgumentException("news is told, not done");
        }
        actions.push(new Action(subject, Objects.requireNonNull(undo), Objects.requireNonNull(possible)));
        while (actions.size() > KEPT) {
            actions.removeLast();
        }
        canUndo.set(true);
        notice.set(new Notice(text, kind, false));
    }

    /** News without anything to undo (e.g. what came back from the Trash). */
    public void tell(Notice news) {
        notice.set(news);
    }

    /**
     * Takes back the latest action. One that can no longer apply is not silently skipped for an older one: the
     * bar says so, and the next Undo goes on to the one before.
     */
    public void undo() {
        Action last = actions.poll();
        canUndo.set(!actions.isEmpty());
        if (last == null) {
            return;
        }
        if (!last.possible().getAsBoolean()) {
            notice.set(new Notice(Texts.get("undo.notPossible"), Notice.Kind.RESTORED, false));
            return;
        }
        notice.set(null);
        last.undo().run();
    }

    /** Lets go of the actions on subjects that are gone for good. */
    public void forgetIf(Predicate<Object> gone) {
        actions.removeIf(action -> gone.test(action.subject()));
        canUndo.set(!actions.isEmpty());
    }

    /** Another workbook: nothing of the last one can be undone in it. */
    public void clear() {
        actions.clear();
        canUndo.set(false);
        notice.set(null);
    }

    /** The bar was closed, or its time is up; the actions can still be undone from the menu. */
    public void dismiss() {
        notice.set(null);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** What the undo bar shows; null when it is hidden. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
