package org.bridgework.ui.outbound;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.bridgework.text.Texts;

/** The real questions: a choice list, a file chooser, a text field; owned by the main window. */
public final class FxOutboundDialogs implements OutboundDialogs {
    private final Window owner;

    public FxOutboundDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<CalendarChoice> chooseCalendar(String selectedName) {
        List<Labelled> choices = new ArrayList<>();
        choices.add(new Labelled(new CalendarChoice(false, false), Texts.get("calendar.choice.all")));
        choices.add(new Labelled(new CalendarChoice(false, true), Texts.get("calendar.choice.allShareable")));
        if (selectedName != null) {
            choices.add(new Labelled(new CalendarChoice(true, false), Texts.get("calendar.choice.one", selectedName)));
            choices.add(new Labelled(new CalendarChoice(true, true),
                    Texts.get("calendar.choice.oneShareable", selectedName)));
        }
        ChoiceDialog<Labelled> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("calendar.choice.title"));
        dialog.setHeaderText(Texts.get("calendar.choice.header"));
        dialog.setContentText(Texts.get("calendar.choice.label"));
        return dialog.showAndWait().map(Labelled::choice);
    }

    @Override
    public Optional<Path> chooseTarget(String title, Path folder, String suggestedName, String filterLabel,
                                       String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(filterLabel, "*" + extension),
                new FileChooser.ExtensionFilter(Texts.get("dialog.filter.all"), "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(chosen -> {
            String name = chosen.getFileName().toString();
            return name.contains(".") ? chosen : chosen.resolveSibling(name + extension);
        });
    }

    @Override
    public Optional<String> askRecipients(String relationshipName, String suggested, String problem) {
        TextInputDialog dialog = new TextInputDialog(suggested);
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("mail.to.title"));
        dialog.setHeaderText(problem.isEmpty() ? Texts.get("mail.to.header", relationshipName) : problem);
        dialog.setContentText(Texts.get("mail.to.label"));
        dialog.getEditor().setPrefColumnCount(36);
        return dialog.showAndWait();
    }

    /** A choice as the list shows it. */
    private record Labelled(CalendarChoice choice, String label) {
        @Override
        public String toString() {
            return label;
        }
    }
}
