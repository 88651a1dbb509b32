package org.bridgework.ui.main;

import java.time.Duration;
import java.util.function.Consumer;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;

/**
 * Stands between the user and leaving the open workbook (quitting, opening another) while typed text is not
 * saved: writes it if it can; if not, says what and why and lets the user try again, save a copy elsewhere
 * with it, leave anyway, or stay (the default). Text is never dropped without being asked.
 */
final class LeaveGuard {
    /** Long enough for a lock held by another program to pass (SQLite waits 5 s), short enough to be bearable. */
    private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(10);

    /** How the workbook is being left; decides the words of the question. */
    enum Leaving { QUIT, OPEN_ANOTHER }

    private final UnsavedChanges changes;
    private final DialogService dialogs;
    private final Consumer<Runnable> saveCopy;

    /**
     * @param saveCopy asks where and saves a copy elsewhere; runs its argument when done, saved or not
     */
    LeaveGuard(UnsavedChanges changes, DialogService dialogs, Consumer<Runnable> saveCopy) {
        this.changes = changes;
        this.dialogs = dialogs;
        this.saveCopy = saveCopy;
    }

    /** Runs {@code leave} once every edit is saved, or once the user has chosen to lose what is not. */
    void leave(Leaving how, Runnable leave) {
        if (!changes.any() || changes.flush(FLUSH_TIMEOUT)) {
            leave.run();
            return;
        }
        String what = changes.message().get();
        if (what.isEmpty()) {
            what = Texts.get("saveFailed.messageUnnamed", Texts.get("saveFailed.tooSlow"));
        }
        boolean quitting = how == Leaving.QUIT;
        String question = Texts.get(quitting ? "saveFailed.leave.quit" : "saveFailed.leave.switch", what);
        String leaveLabel = Texts.get(quitting ? "saveFailed.leave.quitAnyway" : "saveFailed.leave.switchAnyway");
        switch (dialogs.askAboutUnsaved(question, leaveLabel)) {
            case RETRY -> leave(how, leave);
            case SAVE_COPY -> saveCopy.accept(() -> leave(how, leave));
            case LEAVE -> leave.run();
            case CANCEL -> { }
        }
    }
}
