package org.bridgework.ui.outbound;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.bridgework.plan.mail.MailKind;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.TaskRunner;

/**
 * The main window's items for File → Export to calendar…, Relationship → Meeting brief… and Relationship →
 * E-mail draft, and the status bar label that says what they did.
 */
public final class OutboundMenus {
    private final OutboundViewModel outbound;
    private final OutboundDialogs questions;
    private final DialogService dialogs;
    private final TaskRunner compute;
    private final Window owner;
    private final Supplier<Path> folder;

    public OutboundMenus(OutboundViewModel outbound, OutboundDialogs questions, DialogService dialogs,
                         TaskRunner compute, Window owner, Supplier<Path> folder) {
        this.outbound = outbound;
        this.questions = questions;
        this.dialogs = dialogs;
        this.compute = compute;
        this.owner = owner;
        this.folder = folder;
    }

    /**
     * @param mail        the E-mail draft submenu: apology, progress update, check-in request, in this order
     * @param noSelection true while no relationship is selected
     * @param noWorkbook  true while no workbook is open
     */
    public void bind(MenuItem exportCalendar, MenuItem brief, Menu mail, Label status, BooleanExpression noSelection,
                     BooleanExpression noWorkbook) {
        exportCalendar.setOnAction(e -> outbound.exportCalendar());
        exportCalendar.disableProperty().bind(noWorkbook);
        brief.setOnAction(e -> openBrief());
        brief.disableProperty().bind(noSelection);
        List<MailKind> kinds = List.of(MailKind.APOLOGY, MailKind.PROGRESS, MailKind.CHECK_IN);
        for (int i = 0; i < kinds.size() && i < mail.getItems().size(); i++) {
            MailKind kind = kinds.get(i);
            mail.getItems().get(i).setOnAction(e -> outbound.draft(kind));
        }
        mail.disableProperty().bind(noSelection);
        status.textProperty().bind(outbound.statusProperty());
    }

    /** The meeting brief of the selected relationship, in a window of its own. */
    public void openBrief() {
        BriefWindow.open(owner, outbound, questions, dialogs, compute, folder.get());
    }
}
