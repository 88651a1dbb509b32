package org.bridgework.ui.main;

import java.util.function.Consumer;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.Flushes;
import org.bridgework.ui.common.SlowStep;
import org.bridgework.ui.common.SlowSteps;

/**
 * Stands between the user and leaving the open workbook (quitting, opening another) while typed text is not
 * saved: writes it if it can; if not, says what and why and lets the user try again, save a copy elsewhere
 * with it, leave anyway, or stay (the default). Text is never dropped without being asked. The writing runs on the
 * store thread as a {@link SlowStep}: the window keeps painting, and a slow save can be cancelled (the user stays).
 */
final class LeaveGuard {
    /** How the workbook is being left; decides the words of the question. */
    enum Leaving { QUIT, OPEN_ANOTHER }

    private final UnsavedChanges changes;
    private final DialogService dialogs;
    private final SlowSteps steps;
    private final Consumer<Runnable> saveCopy;

    /**
     * @param saveCopy asks where and saves a copy elsewhere; runs its argument when done, saved or not
     */
    LeaveGuard(UnsavedChanges changes, DialogService dialogs, SlowSteps steps, Consumer<Runnable> saveCopy) {
        this.changes = changes;
        this.dialogs = dialogs;
        this.steps = steps;
        this.saveCopy = saveCopy;
    }

    /**
     * Runs {@code leave} once every edit is saved, or once the user has chosen to lose what is not; never if the
     * user cancels while the edits are being written (they are still written, and the workbook stays open).
     */
    void leave(Leaving how, Runnable leave) {
        if (!changes.any()) {
            leave.run();
            return;
        }
        SlowStep step = steps.begin(Texts.get("slowStep.saving"), true);
        step.await(changes::flush, Flushes.LIMIT, false, written -> {
            step.finish();
            if (written) {
                leave.run();
            } else {
                ask(how, leave);
            }
        });
    }

    private void ask(Leaving how, Runnable leave) {
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
