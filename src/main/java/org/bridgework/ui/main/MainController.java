package org.bridgework.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.beans.binding.Bindings;
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
import org.bridgework.ui.common.AutoSave;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.Fxml;
import org.bridgework.ui.common.SlowStepDialog;
import org.bridgework.ui.common.SlowSteps;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.common.Theme;
import org.bridgework.ui.exchange.ExchangeViewModel;
import org.bridgework.ui.plan.PlanViewModel;
import org.bridgework.ui.portfolio.PortfolioController;
import org.bridgework.ui.portfolio.PortfolioViewModel;
import org.bridgework.ui.portfolio.RelationshipCommands;
import org.bridgework.ui.common.StoreThread;
import org.bridgework.ui.trash.TrashController;
import org.bridgework.ui.trash.TrashViewModel;
import org.bridgework.ui.trash.UndoBar;
import org.bridgework.ui.common.UndoHistory;
import org.bridgework.ui.timeline.TimelineViewModel;
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
    private MenuItem importItem;
    @FXML
    private MenuItem saveCopyItem;
    @FXML
    private Label exchangeLabel;
    @FXML
    private javafx.scene.control.ProgressIndicator exchangeProgress;

    private final Stage stage;
    private final Runnable exit;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final PortfolioViewModel portfolio;
    private final WizardViewModel wizard;
    private final TrashViewModel trash;
    /** Assembles timelines and renders plans, apart from the store thread so saving never waits for them. */
    private final StoreThread compute = new StoreThread("bridgework-compute");
    /** Makes the daily backup, apart from the store thread so saving never waits for it. */
    private final StoreThread backupThread = new StoreThread("bridgework-backup");
    private final TimelineViewModel timeline;
    private final PlanViewModel plan;
    private final RelationshipCommands commands;
    private final PortfolioController portfolioView;
    private final RelationshipViews views;
    private final SettingsKeeper keeper;
    private final WorkbookSwitcher workbooks;
    private final BackupCommands backups;
    /** Edits not yet saved, the banner while saving fails, and the question before leaving the workbook. */
    private final UnsavedChanges unsaved;
    private final LeaveGuard leaving;
    private CopyElsewhere copier;
    private final ExchangeViewModel exchange;
    private final Parent view;

    /**
     * @param exit ends the application (Quit, or giving up when no workbook could be opened at start)
     */
    public MainController(Stage stage, TaskRunner runner, DialogService dialogs, AppSettings settings, Clock clock,
                          Runnable exit) {
        this.stage = stage;
        this.exit = exit;
        this.dialogs = dialogs;
        this.settings = settings;
        this.portfolio = new PortfolioViewModel(runner, dialogs, AutoSave.DEFAULT_DELAY, clock);
        // One undo for the window: removals, commitments marked, archiving and deletes, latest first.
        UndoHistory undoHistory = new UndoHistory();
        this.wizard = new WizardViewModel(runner, dialogs, AutoSave.DEFAULT_DELAY, clock, undoHistory);
        this.trash = new TrashViewModel(runner, dialogs, clock, undoHistory);
        this.commands = new RelationshipCommands(portfolio, stage, undoHistory);
        this.timeline = new TimelineViewModel(wizard, compute);
        this.exchange = new ExchangeViewModel(runner, dialogs, portfolio, List.of(portfolio, wizard),
                this::folderForChoosers, clock);
        this.keeper = new SettingsKeeper(settings, runner);
        SlowSteps steps = new SlowStepDialog(stage);
        this.workbooks = new WorkbookSwitcher(runner, backupThread, steps, dialogs,
                List.of(portfolio, wizard, trash, exchange), clock, keeper::remember, this::quit, settings::backupsToKeep);
        this.backups = new BackupCommands(runner, dialogs, settings, workbooks, clock, keeper::save);
        this.plan = new PlanViewModel(compute, dialogs, clock, workbooks::folderForChoosers);
        this.views = new RelationshipViews(portfolio, commands, wizard, timeline, plan, dialogs, clock);
        this.portfolioView = new PortfolioController(portfolio, commands, views.details()::focusForm);
        portfolio.selectedProperty().addListener((o, old, item) -> wizard.show(item));
        // The plan follows the repair the wizard holds, so it shows edits still waiting to be saved.
        wizard.repairProperty().addListener((o, old, repair) -> plan.show(portfolio.selectedProperty().get(), repair));
        wireTrash();
        commands.setRenameAction(views.details()::startRename);
        this.unsaved = new UnsavedChanges(List.of(
                new UnsavedChanges.Part(portfolio.autoSave(), Texts.get("saveFailed.part.details")),
                new UnsavedChanges.Part(wizard.autoSave(), Texts.get("saveFailed.part.repair"))));
        this.leaving = new LeaveGuard(unsaved, dialogs, steps, afterwards -> copier.start(afterwards));
        views.details().setOnOpenExample(this::openExample);
        this.view = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        split.getItems().setAll(portfolioView.view(), views.details().view());
        SplitPane.setResizableWithParent(portfolioView.view(), false);
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
        darkThemeItem.setSelected(Theme.parse(settings.theme()) == Theme.DARK);
        darkThemeItem.selectedProperty().addListener((o, old, dark) -> keeper.setTheme(dark ? Theme.DARK : Theme.LIGHT));
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, workbooks.currentProperty(),
                workbooks.readOnlyProperty()));
        ReadOnlyBanner.show(readOnly(), () -> view, banners, this::reopen, this::openWorkbook);
        newRelationshipItem.disableProperty().bind(readOnly());
        reopenItem.disableProperty().bind(readOnly().not());
        saveLabel.visibleProperty().bind(readOnly().not());
        StatusBar.showWorkbook(workbookLabel, workbooks.currentProperty());
        StatusBar.showSaving(saveLabel, portfolio.autoSave(), wizard.autoSave());
        copier = new CopyElsewhere(workbooks, dialogs, unsaved, banners);
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
        BrokenSettingsBanner.showIfAny(settings, banners);
    }

    public Parent view() {
        return view;
    }

    /** Opens the workbook given on the command line (or the default one). */
    public void openAtStart(Path workbook) {
        workbooks.open(workbook);
    }

    /**
     * The window is closing: queues the writing of what is pending and the closing of the workbook (Quit has done
     * both already), and waits for neither.
     */
    public void shutdown() {
        workbooks.closeWhenIdle();
        compute.shutdown();
        backupThread.shutdown();
    }

    public PortfolioViewModel portfolio() {
        return portfolio;
    }

    public WizardViewModel wizard() {
        return wizard;
    }

    public PlanViewModel plan() {
        return plan;
    }

    public TrashViewModel trash() {
        return trash;
    }

    public ExchangeViewModel exchange() {
        return exchange;
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

    /** Saves (asking if that fails), closes the workbook without freezing the window, then exits. */
    @FXML
    private void quit() {
        leaving.leave(LeaveGuard.Leaving.QUIT, () -> workbooks.close(exit));
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
    private void editPreferences() {
        backups.editPreferences();
    }

    /** The status bar tells what happened to backups; the window takes no edits while one is restored. */
    private void bindBackups() {
        StatusBar.showNotices(noticeLabel, workbooks.noticeProperty());
        split.disableProperty().bind(workbooks.restoringProperty());
        restoreItem.disableProperty().bind(workbooks.currentProperty().isNull().or(workbooks.restoringProperty())
                .or(workbooks.readOnlyProperty()));
    }

    // ---- Internals

    /**
     * A relationship goes to the Trash with its repair's pending edits written first, so a restore brings back
     * everything typed; one deleted for good has nothing left to save into.
     */
    private void wireTrash() {
        portfolio.addBeforeTrashListener(id -> wizard.autoSave().writeNow(id));
        portfolio.addTrashedListener(trash::trashed);
        trash.setPortfolio(portfolio::addRestored);
        trash.setOnPurged(id -> {
            portfolio.autoSave().forget(id);
            wizard.autoSave().forget(id);
        });
    }

    private Path folderForChoosers() {
        return workbooks.folderForChoosers();
    }

    private String title() {
        Path file = workbooks.currentProperty().get();
        if (file == null) {
            return Texts.get("app.name");
        }
        return Texts.get(workbooks.readOnlyProperty().get() ? "app.title.readOnly" : "app.title", file.getFileName());
    }

    private javafx.beans.binding.BooleanExpression readOnly() {
        return workbooks.readOnlyProperty();
    }
}
