package org.bridgework.ui.main;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.bridgework.settings.AppSettings;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.exchange.ExchangeViewModel;
import org.bridgework.ui.plan.PlanViewModel;
import org.bridgework.ui.portfolio.PortfolioController;
import org.bridgework.ui.portfolio.PortfolioViewModel;
import org.bridgework.ui.portfolio.RelationshipCommands;
import org.bridgework.ui.trash.TrashController;
import org.bridgework.ui.trash.TrashViewModel;
import org.bridgework.ui.trash.UndoBar;
import org.bridgework.ui.wizard.WizardViewModel;

/** The main window's menus, its two halves and its status bar; each handler forwards to one command. */
public final class MainController {

    /** The menus, banners, halves and status bar, built in code (see there why). */
    private final MainWindowView parts = new MainWindowView();
    private final Stage stage;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final PortfolioViewModel portfolio;
    private final WizardViewModel wizard;
    private final TrashViewModel trash;
    private final PlanViewModel plan;
    /** Reads the workbook's format for the diagnostic report, off the JavaFX thread. */
    private final TaskRunner compute;
    private final RelationshipCommands commands;
    private final PortfolioController portfolioView;
    private final RelationshipViews views;
    private final SettingsKeeper keeper;
    private final WorkbookSwitcher workbooks;
    private final BackupCommands backups;
    private final OffsiteCopies offsite;
    private final UnsavedChanges unsaved;
    private final LeaveGuard leaving;
    /** Quit: leaves the workbook (asking first if typed text could not be saved), then ends the app. */
    private final Runnable askThenQuit;
    private CopyElsewhere copier;
    private final ExchangeViewModel exchange;
    /** File → Export to calendar…, Relationship → Meeting brief… and E-mail draft. */
    private final org.bridgework.ui.outbound.OutboundMenus outbound;
    private final WeekHalf week;
    private final TeamMenus team;

    /** Takes its parts from {@code app}, which built and wired them; it builds only the window's own pieces. */
    MainController(AppContext app) {
        this.stage = app.stage();
        this.dialogs = app.dialogs();
        this.settings = app.settings();
        this.portfolio = app.portfolio();
        this.wizard = app.wizard();
        this.trash = app.trash();
        this.plan = app.plan();
        this.commands = app.commands();
        this.portfolioView = app.portfolioView();
        this.views = app.views();
        this.keeper = app.keeper();
        this.workbooks = app.workbooks();
        this.backups = app.backups();
        this.offsite = app.offsite();
        this.unsaved = app.unsaved();
        this.leaving = app.leaving();
        this.askThenQuit = app::quit;
        this.exchange = app.exchange();
        this.compute = app.compute();
        this.team = app.teamMenus();
        this.outbound = new org.bridgework.ui.outbound.OutboundMenus(app.outbound(), app.outboundQuestions(), dialogs,
                compute, stage, workbooks::folderForChoosers);
        this.week = new WeekHalf(views.details().view(), app.week(), app.weekActions(), portfolio, wizard);
        views.details().setOnOpenExample(this::openExample);
        giveActions();
        bind();
    }

    /** What each menu item does; most forward to one command. */
    private void giveActions() {
        MainWindowView v = parts;
        on(v.newWorkbook, this::newWorkbook);
        on(v.openWorkbook, this::openWorkbook);
        on(v.saveNow, unsaved::retryNow);
        on(v.saveCopy, this::saveCopy);
        on(v.reopen, this::reopen);
        on(v.print, this::printPlan);
        on(v.savePdf, this::savePlanAsPdf);
        on(v.export, exchange::export);
        on(v.importFile, exchange::importFile);
        on(v.restore, backups::restore);
        on(v.backUpNow, backups::backUpNow);
        on(v.preferences, backups::editPreferences);
        on(v.quit, askThenQuit);
        on(v.newRelationship, commands::newRelationship);
        on(v.rename, commands::rename);
        on(v.archive, commands::toggleArchived);
        on(v.delete, commands::delete);
        on(v.undoDelete, trash::undoDelete);
        on(v.trash, () -> TrashController.open(trash, stage));
        on(v.find, portfolioView::focusSearch);
        on(v.weekView, this::showWeek);
        on(v.detailsView, views::showDetails);
        on(v.repairView, views::showRepair);
        on(v.timelineView, views::showTimeline);
        on(v.planView, views::showPlan);
        on(v.nextStep, this::nextStep);
        on(v.previousStep, this::previousStep);
        on(v.shortcuts, this::showShortcuts);
        on(v.example, this::openExample);
        on(v.openLog, () -> Diagnostics.of(compute, dialogs, workbooks).openLogFolder());
        on(v.diagnostics, () -> Diagnostics.of(compute, dialogs, workbooks).copyReport());
        on(v.about, this::showAbout);
    }

    private static void on(MenuItem item, Runnable action) {
        item.setOnAction(event -> action.run());
    }

    private void bind() {
        week.placeIn(parts.split, portfolioView.view());
        views.setBeforeShowing(week::showDetails);
        parts.rename.disableProperty().bind(commands.noSelection().or(readOnly()));
        parts.archive.disableProperty().bind(commands.noSelection().or(readOnly()));
        parts.delete.disableProperty().bind(commands.noSelection().or(readOnly()));
        parts.undoDelete.disableProperty().bind(trash.canUndoProperty().not().or(readOnly()));
        UndoBar undoBar = new UndoBar(trash.history(), UndoBar.SHOWN_FOR, parts.undoDelete.getAccelerator());
        parts.bottomArea.getChildren().add(0, undoBar.view());
        undoBar.closeOnEscapeIn(parts.bottomArea.getParent());
        for (MenuItem item : List.of(parts.detailsView, parts.repairView, parts.timelineView, parts.planView, parts.print,
                parts.savePdf, parts.nextStep, parts.previousStep)) {
            item.disableProperty().bind(commands.noSelection());
        }
        parts.showArchived.selectedProperty().bindBidirectional(portfolio.showArchivedProperty());
        ThemeMenu.bind(parts.darkTheme, parts.highContrast, settings, keeper);
        ZoomMenu.addTo(parts.viewMenu, settings, keeper);
        WindowTitle.bind(stage, workbooks);
        ReadOnlyBanner.show(readOnly(), () -> parts.root, parts.banners, this::reopen, this::openWorkbook);
        parts.newRelationship.disableProperty().bind(readOnly());
        parts.reopen.disableProperty().bind(readOnly().not());
        parts.saveLabel.visibleProperty().bind(readOnly().not());
        StatusBar.showWorkbook(parts.workbookLabel, workbooks.currentProperty());
        StatusBar.showSaving(parts.saveLabel, portfolio.autoSave(), wizard.autoSave());
        copier = new CopyElsewhere(workbooks, dialogs, unsaved, parts.banners, () -> TeamCopy.of(portfolio, wizard));
        new SaveFailureBanner(unsaved, parts.banners, this::saveCopy);
        // Only offered while saving fails: then it is the way to keep working with everything typed.
        parts.saveCopy.disableProperty().bind(unsaved.failing().not());
        // Closing the window asks first, like Quit, if typed text could not be saved.
        stage.setOnCloseRequest(event -> {
            event.consume();
            askThenQuit.run();
        });
        StatusBar.showProgress(parts.exchangeLabel, exchange.statusProperty(), exchange.busyProperty());
        // Importing writes; a workbook only looked at takes none (exporting only reads, so it stays).
        parts.importFile.disableProperty().bind(readOnly());
        keeper.showRecentIn(parts.recent, file -> leaving.leave(LeaveGuard.Leaving.OPEN_ANOTHER, () -> workbooks.open(file)));
        bindBackups();
        team.bind(parts.openTeam, parts.recentTeam, parts.publish);
        BrokenSettingsBanner.showIfAny(settings, parts.banners);
        outbound.bind(parts.exportCalendar, parts.brief, parts.mail, parts.outboundLabel, commands.noSelection(),
                workbooks.currentProperty().isNull());
    }

    Parent view() {
        return parts.root;
    }

    /** Saves a copy elsewhere (asking where), then runs {@code afterwards}, saved or not. */
    void saveCopyThen(Runnable afterwards) {
        copier.start(afterwards);
    }

    // ---- Menu handlers

    private void newWorkbook() {
        leaving.leave(LeaveGuard.Leaving.OPEN_ANOTHER,
                () -> dialogs.chooseNewWorkbook(workbooks.folderForChoosers()).ifPresent(workbooks::create));
    }

    private void openWorkbook() {
        leaving.leave(LeaveGuard.Leaving.OPEN_ANOTHER,
                () -> dialogs.chooseWorkbookToOpen(workbooks.folderForChoosers()).ifPresent(workbooks::open));
    }

    private void saveCopy() {
        copier.start(() -> { });
    }

    /** Reopen (F5, or the read-only banner's button): reads the workbook again, for editing if it is free now. */
    private void reopen() {
        portfolio.keepSelectionOnReload();
        workbooks.reopen();
    }

    /** Ctrl+0, the entry above the portfolio, or a click on the reminder. */
    void showWeek() {
        week.show();
    }

    private void printPlan() {
        views.showPlan();
        plan.print();
    }

    private void savePlanAsPdf() {
        views.showPlan();
        plan.saveAsPdf();
    }

    private void nextStep() {
        views.showSteps();
        wizard.next();
    }

    private void previousStep() {
        views.showSteps();
        wizard.previous();
    }

    private void openExample() {
        leaving.leave(LeaveGuard.Leaving.OPEN_ANOTHER, workbooks::openExample);
    }

    private void showShortcuts() {
        dialogs.showInformation(Texts.get("shortcuts.title"), Texts.get("shortcuts.header"), HelpSheets.shortcuts());
    }

    private void showAbout() {
        dialogs.showInformation(Texts.get("about.title"), Texts.get("app.name"),
                HelpSheets.about(workbooks.currentProperty().get()));
    }

    // ---- Backups and preferences

    /** The status bar tells what happened to backups; the window takes no edits while one is restored. */
    private void bindBackups() {
        StatusBar.showNotices(parts.noticeLabel, workbooks.noticeProperty());
        StatusBar.showNotices(parts.offsiteLabel, offsite.statusProperty());
        parts.backUpNow.disableProperty().bind(workbooks.currentProperty().isNull().or(workbooks.restoringProperty())
                .or(workbooks.readOnlyProperty()));
        parts.split.disableProperty().bind(workbooks.restoringProperty());
        parts.restore.disableProperty().bind(workbooks.currentProperty().isNull().or(workbooks.restoringProperty())
                .or(workbooks.readOnlyProperty()));
    }

    private javafx.beans.binding.BooleanExpression readOnly() {
        return workbooks.readOnlyProperty();
    }
}
