package org.bridgework.ui.main;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.bridgework.store.TeamAddress;

/**
 * The File menu's team workbook entries: Open team workbook…, Open recent team workbook (asking for the password
 * again, or taking it from ~/.pgpass) and Publish to a team workbook… (from a workbook file).
 */
final class TeamMenus {
    private final WorkbookSwitcher workbooks;
    private final LeaveGuard leaving;
    private final RecentTeamWorkbooks recent;
    private final PublishToTeam publishing;
    private final Window owner;
    /** Issue 17: History of this relationship… and Share this relationship…, after Publish. */
    private final CollaborationMenus collaboration;

    TeamMenus(WorkbookSwitcher workbooks, LeaveGuard leaving, RecentTeamWorkbooks recent, PublishToTeam publishing,
              Window owner, CollaborationMenus collaboration) {
        this.workbooks = workbooks;
        this.leaving = leaving;
        this.recent = recent;
        this.publishing = publishing;
        this.owner = owner;
        this.collaboration = collaboration;
        recent.follow(workbooks.teamProperty());
    }

    void bind(MenuItem openItem, Menu recentMenu, MenuItem publishItem) {
        openItem.setOnAction(event -> open());
        recent.showIn(recentMenu, this::openRecent);
        publishItem.setOnAction(event -> publishing.start());
        // Publishing copies from a workbook file; a team workbook is already on a server.
        publishItem.disableProperty().bind(workbooks.currentProperty().isNull());
        collaboration.addAfter(publishItem);
    }

    private void open() {
        leaving.leave(LeaveGuard.Leaving.OPEN_ANOTHER, () -> TeamWorkbookDialog.ask(owner)
                .ifPresent(answer -> workbooks.openTeam(answer.address(), answer.passwordOrNull())));
    }

    private void openRecent(TeamAddress address) {
        leaving.leave(LeaveGuard.Leaving.OPEN_ANOTHER, () -> TeamWorkbookDialog.askPassword(owner, address)
                .ifPresent(answer -> workbooks.openTeam(answer.address(), answer.passwordOrNull())));
    }
}
