package org.bridgework.ui.main;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.stage.Stage;
import org.bridgework.text.Texts;

/** The window's title: the workbook's file name (and whether it is read-only), or the team workbook's name. */
final class WindowTitle {
    private WindowTitle() {
    }

    static void bind(Stage stage, WorkbookSwitcher workbooks) {
        stage.titleProperty().bind(Bindings.createStringBinding(() -> of(workbooks), workbooks.currentProperty(),
                workbooks.readOnlyProperty(), workbooks.teamProperty()));
    }

    private static String of(WorkbookSwitcher workbooks) {
        Path file = workbooks.currentProperty().get();
        if (workbooks.teamProperty().get() != null) {
            return Texts.get("app.title.team", workbooks.teamProperty().get().displayName());
        }
        if (file == null) {
            return Texts.get("app.name");
        }
        return Texts.get(workbooks.readOnlyProperty().get() ? "app.title.readOnly" : "app.title", file.getFileName());
    }
}
