package org.bridgework.ui.main;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.bridgework.settings.AppSettings;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.Fxml;
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

    @FXML
    private SplitPane split;
    @FXML
    private Menu recentMenu;
    @FXML
    private MenuItem newRelationshipItem;
    @FXML
    private MenuItem reopenItem;
    @FXML
    private MenuItem renameItem;
    @FXML
    private MenuItem archiveItem;
    @FXML
    private MenuItem deleteItem;
    @FXML
    private MenuItem undoDeleteItem;
    @FXML
    private javafx.scene.layout.VBox bottomArea;
    @FXML
    private MenuItem detailsViewItem;
    @FXML
    private MenuItem repairViewItem;
    @FXML
    private MenuItem timelineViewItem;
    @FXML
    private MenuItem planViewItem;
    @FXML
    private MenuItem printItem;
    @FXML
    private MenuItem savePdfItem;
    @FXML
    private MenuItem nextStepItem;
    @FXML
    private MenuItem previousStepItem;
    @FXML
    private CheckMenuItem showArchivedItem;
    @FXML
    private CheckMenuItem darkThemeItem;
    @FXML
    private CheckMenuItem highContrastItem;
    @FXML
    private Label workbookLabel;
    /** Where {@link org.bridgework.ui.common.Banner}s about the whole window go, under the menu bar. */
    @FXML
    private javafx.scene.layout.VBox banners;
    @FXML
    private Label saveLabel;
    @FXML
    private Label noticeLabel;
    @FXML
    private MenuItem restoreItem;
    @FXML
    private MenuItem backUpNowItem;
    @FXML
    private Label offsiteLabel;
    @FXML
    private MenuItem importItem;
    @FXML
    private MenuItem saveCopyItem;
    @FXML
    private Label exchangeLabel;
    @FXML
    private javafx.scene.control.ProgressIndicator exchangeProgress;

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
    private final Parent view;
    /** File → Export to calendar…, Relationship → Meeting brief… and E-mail draft. */
    private final org.bridgework.ui.outbound.OutboundMenus outbound;
    @FXML private MenuItem exportCalendarItem;
    @FXML private MenuItem briefItem;
    @FXML private Menu mailMenu;
    @FXML private Label outboundLabel;
    private final WeekHalf week;
    @FXML private MenuItem openTeamItem;
    @FXML private Menu recentTeamMenu;
    @FXML private MenuItem publishItem;
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
        this.view = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        week.placeIn(split, portfolioView.view());
        views.setBeforeShowing(week::showDetails);
        renameItem.disableProperty().bind(commands.noSelection().or(readOnly()));
        archiveItem.disableProperty().bind(commands.noSelection().or(readOnly()));
        deleteItem.disableProperty().bind(commands.noSelection().or(readOnly()));
        undoDeleteItem.disableProperty().bind(trash.canUndoProperty().not().or(readOnly()));
        UndoBar undoBar = new UndoBar(trash.history(), UndoBar.SHOWN_FOR, undoDeleteItem.getAccelerator());
        bottomArea.getChildren().add(0, undoBar.view());
        undoBar.closeOnEscapeIn(bottomArea.getParent());
        for (MenuItem item : List.of(detailsViewItem, repairViewItem, timelineViewItem, planViewItem, printItem,
                savePdfItem, nextStepItem, previousStepItem)) {
            item.disableProperty().bind(commands.noSelection());
        }
        showArchivedItem.selectedProperty().bindBidirectional(portfolio.showArchivedProperty());
        ThemeMenu.bind(darkThemeItem, highContrastItem, settings, keeper);
        ZoomMenu.addTo(darkThemeItem.getParentMenu(), settings, keeper);
        WindowTitle.bind(stage, workbooks);
        ReadOnlyBanner.show(readOnly(), () -> view, banners, this::reopen, this::openWorkbook);
        newRelationshipItem.disableProperty().bind(readOnly());
        reopenItem.disableProperty().bind(readOnly().not());
        saveLabel.visibleProperty().bind(readOnly().not());
        StatusBar.showWorkbook(workbookLabel, workbooks.currentProperty());
        StatusBar.showSaving(saveLabel, portfolio.autoSave(), wizard.autoSave());
        copier = new CopyElsewhere(workbooks, dialogs, unsaved, banners, () -> TeamCopy.of(portfolio, wizard));
        new SaveFailureBanner(unsaved, banners, this::saveCopy);
        // Only offered while saving fails: then it is the way to keep working with everything typed.
        saveCopyItem.disableProperty().bind(unsaved.failing().not());
        // Closing the window asks first, like Quit, if typed text could not be saved.
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
        StatusBar.showProgress(exchangeLabel, exchangeProgress, exchange.statusProperty(), exchange.busyProperty());
        // Importing writes; a workbook only looked at takes none (exporting only reads, so it stays).
        importItem.disableProperty().bind(readOnly());
        keeper.showRecentIn(recentMenu, file -> leaving.leave(LeaveGuard.Leaving.OPEN_ANOTHER, () -> workbooks.open(file)));
        bindBackups();
        team.bind(openTeamItem, recentTeamMenu, publishItem);
        BrokenSettingsBanner.showIfAny(settings, banners);
        outbound.bind(exportCalendarItem, briefItem, mailMenu, outboundLabel, commands.noSelection(),
                workbooks.currentProperty().isNull());
    }

    Parent view() {
        return view;
    }

    /** Saves a copy elsewhere (asking where), then runs {@code afterwards}, saved or not. */
    void saveCopyThen(Runnable afterwards) {
        copier.start(afterwards);
    }

    // ---- Menu handlers

    @FXML
    private void newWorkbook() {
        leaving.leave(LeaveGuard.Leaving.OPEN_ANOTHER,
                () -> dialogs.chooseNewWorkbook(workbooks.folderForChoosers()).ifPresent(workbooks::create));
    }

    @FXML
    private void openWorkbook() {
        leaving.leave(LeaveGuard.Leaving.OPEN_ANOTHER,
                () -> dialogs.chooseWorkbookToOpen(workbooks.folderForChoosers()).ifPresent(workbooks::open));
    }

    @FXML
    private void saveNow() {
        unsaved.retryNow();
    }

    @FXML
    private void saveCopy() {
        copier.start(() -> { });
    }

    /** Reopen (F5, or the read-only banner's button): reads the workbook again, for editing if it is free now. */
    @FXML
    private void reopen() {
        portfolio.keepSelectionOnReload();
        workbooks.reopen();
    }

    @FXML
    private void quit() {
        askThenQuit.run();
    }

    @FXML
    private void newRelationship() {
        commands.newRelationship();
    }

    @FXML
    private void rename() {
        commands.rename();
    }

    @FXML
    private void toggleArchived() {
        commands.toggleArchived();
    }

    @FXML
    private void delete() {
        commands.delete();
    }

    @FXML
    private void undoDelete() {
        trash.undoDelete();
    }

    @FXML
    private void openTrash() {
        TrashController.open(trash, stage);
    }

    @FXML
    private void find() {
        portfolioView.focusSearch();
    }

    /** Ctrl+0, the entry above the portfolio, or a click on the reminder. */
    @FXML
    void showWeek() {
        week.show();
    }

    @FXML
    private void showDetails() {
        views.showDetails();
    }

    @FXML
    private void showRepair() {
        views.showRepair();
    }

    @FXML
    private void showTimeline() {
        views.showTimeline();
    }

    @FXML
    private void showPlan() {
        views.showPlan();
    }

    @FXML
    private void printPlan() {
        views.showPlan();
        plan.print();
    }

    @FXML
    private void savePlanAsPdf() {
        views.showPlan();
        plan.saveAsPdf();
    }

    @FXML
    private void exportData() {
        exchange.export();
    }

    @FXML
    private void importData() {
        exchange.importFile();
    }

    @FXML
    private void nextStep() {
        views.showSteps();
        wizard.next();
    }

    @FXML
    private void previousStep() {
        views.showSteps();
        wizard.previous();
    }

    @FXML
    private void openExample() {
        leaving.leave(LeaveGuard.Leaving.OPEN_ANOTHER, workbooks::openExample);
    }

    @FXML
    private void showShortcuts() {
        dialogs.showInformation(Texts.get("shortcuts.title"), Texts.get("shortcuts.header"), HelpSheets.shortcuts());
    }

    @FXML
    private void openLogFolder() {
        Diagnostics.of(compute, dialogs, workbooks).openLogFolder();
    }

    @FXML
    private void copyDiagnosticReport() {
        Diagnostics.of(compute, dialogs, workbooks).copyReport();
    }

    @FXML
    private void showAbout() {
        dialogs.showInformation(Texts.get("about.title"), Texts.get("app.name"),
                HelpSheets.about(workbooks.currentProperty().get()));
    }

    // ---- Backups and preferences

    @FXML
    private void restoreBackup() {
        backups.restore();
    }

    @FXML
    private void backUpNow() {
        backups.backUpNow();
    }

    @FXML
    private void editPreferences() {
        backups.editPreferences();
    }

    /** The status bar tells what happened to backups; the window takes no edits while one is restored. */
    private void bindBackups() {
        StatusBar.showNotices(noticeLabel, workbooks.noticeProperty());
        StatusBar.showNotices(offsiteLabel, offsite.statusProperty());
        backUpNowItem.disableProperty().bind(workbooks.currentProperty().isNull().or(workbooks.restoringProperty())
                .or(workbooks.readOnlyProperty()));
        split.disableProperty().bind(workbooks.restoringProperty());
        restoreItem.disableProperty().bind(workbooks.currentProperty().isNull().or(workbooks.restoringProperty())
                .or(workbooks.readOnlyProperty()));
    }

    private javafx.beans.binding.BooleanExpression readOnly() {
        return workbooks.readOnlyProperty();
    }
}
