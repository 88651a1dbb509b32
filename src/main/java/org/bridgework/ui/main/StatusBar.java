package org.bridgework.ui.main;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.AutoSave;
import org.bridgework.ui.common.SaveState;

/** The line at the bottom of the main window: the workbook's path, notices, an export under way, and saving. */
final class StatusBar {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private StatusBar() {
    }

    static void showWorkbook(Label label, ObservableValue<Path> current) {
        label.textProperty().bind(Bindings.createStringBinding(
                () -> current.getValue() == null ? "" : current.getValue().toString(), current));
    }

    /** What happened to backups (a failed daily backup, a restore done); the details go in the tooltip. */
    static void showNotices(Label label, ObservableValue<StatusNotice> notices) {
        notices.addListener((o, old, notice) -> {
            label.setText(notice.text());
            label.setTooltip(notice.text().isEmpty() ? null
                    : new Tooltip(notice.detail().isEmpty() ? notice.text() : notice.text() + "\n\n" + notice.detail()));
            label.pseudoClassStateChanged(FAILED, notice.problem());
        });
    }

    /**
     * An export or import under way: its status, with a spinning indicator beside it while busy. The indicator is
     * made the first time one starts: even hidden, a ProgressIndicator has its skin made and styled with the
     * first frame (about 20 ms of a start, docs/benchmarks.md).
     */
    static void showProgress(Label label, ObservableStringValue status, ObservableBooleanValue busy) {
        label.textProperty().bind(status);
        ProgressIndicator[] spinner = new ProgressIndicator[1];
        ChangeListener<Boolean> showSpinner = (o, was, now) -> {
            if (now && spinner[0] == null) {
                spinner[0] = new ProgressIndicator();
                spinner[0].setPrefSize(14, 14);
            }
            label.setGraphic(now ? spinner[0] : null);
        };
        busy.addListener(showSpinner);
        showSpinner.changed(busy, false, busy.get());
    }

    /** One line for both kinds of edits: a failure wins over pending, pending over saved. */
    static void showSaving(Label label, AutoSave<?, ?> details, AutoSave<?, ?> repair) {
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            SaveState state = worse(details.stateProperty().get(), repair.stateProperty().get());
            String failure = details.stateProperty().get() == SaveState.FAILED ? details.failureProperty().get()
                    : repair.failureProperty().get();
            return switch (state) {
                case SAVED -> Texts.get("save.saved");
                case PENDING -> Texts.get("save.pending");
                case FAILED -> Texts.get("save.failed", failure);
            };
        }, details.stateProperty(), details.failureProperty(), repair.stateProperty(), repair.failureProperty()));
        label.textProperty().addListener((o, old, text) -> label.pseudoClassStateChanged(FAILED,
                worse(details.stateProperty().get(), repair.stateProperty().get()) == SaveState.FAILED));
    }

    private static SaveState worse(SaveState a, SaveState b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
