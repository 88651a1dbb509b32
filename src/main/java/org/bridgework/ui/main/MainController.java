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
import org.bridgework.ui.common.Banner;
import org.kordamp.ikonli.feather.Feather;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.Fxml;
import org.bridgework.ui.common.SaveState;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.common.Theme;
import org.bridgework.ui.details.DetailsController;
import org.bridgework.ui.exchange.ExchangeViewModel;
import org.bridgework.ui.plan.PlanController;
import org.bridgework.ui.plan.PlanViewModel;
import org.bridgework.ui.portfolio.PortfolioController;
import org.bridgework.ui.portfolio.PortfolioViewModel;
import org.bridgework.ui.portfolio.RelationshipCommands;
import org.bridgework.ui.common.StoreThread;
import org.bridgework.ui.timeline.TimelineController;
import org.bridgework.ui.trash.TrashController;
import org.bridgework.ui.trash.TrashViewModel;
import org.bridgework.ui.trash.UndoBar;
import org.bridgework.ui.timeline.TimelineViewModel;
import org.bridgework.ui.wizard.WizardController;
import org.bridgework.ui.wizard.WizardViewModel;

/** The main window's menus, its two halves and its status bar; each handler forwards to one command. */
public final class MainController {
    private static final javafx.css.PseudoClass READ_ONLY = javafx.css.PseudoClass.getPseudoClass("read-only");

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
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final PortfolioViewModel portfolio;
    private final WizardViewModel wizard;
    private final TrashViewModel trash;
    private final Clock clock;
    /** Assembles timelines and renders plans, apart from the store thread so saving never waits for them. */
    private final StoreThread compute = new StoreThread("bridgework-compute");
    private final TimelineViewModel timeline;
    private final PlanViewModel plan;
    // The views of a relationship are made when first shown (see wizardView() …), not for the first frame.
    private WizardController wizardView;
    private TimelineController timelineView;
    private PlanController planView;
    private final RelationshipCommands commands;
    private final PortfolioController portfolioView;
    private final DetailsController detailsView;
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
        this.runner = runner;
        this.dialogs = dialogs;
        this.settings = settings;
        this.portfolio = new PortfolioViewModel(runner, dialogs, AutoSave.DEFAULT_DELAY, clock);
        this.wizard = new WizardViewModel(runner, dialogs, AutoSave.DEFAULT_DELAY, clock);
        this.trash = new TrashViewModel(runner, dialogs, clock);
        this.commands = new RelationshipCommands(portfolio, stage);
        this.clock = clock;
        this.timeline = new TimelineViewModel(wizard, compute);
        this.exchange = new ExchangeViewModel(runner, dialogs, portfolio, List.of(portfolio, wizard),
                this::folderForChoosers, clock);
        this.workbooks = new WorkbookSwitcher(runner, dialogs, List.of(portfolio, wizard, trash, exchange), clock,
                this::remember, this::quit, settings::backupsToKeep);
        this.backups = new BackupCommands(runner, dialogs, settings, workbooks, clock, this::saveSettings);
        this.plan = new PlanViewModel(compute, dialogs, clock, workbooks::folderForChoosers);
        this.detailsView = new DetailsController(portfolio, commands, () -> wizardView().view(),
                () -> timelineView().view(), () -> planView().view());
        this.portfolioView = new PortfolioController(portfolio, commands, detailsView::focusForm);
        portfolio.selectedProperty().addListener((o, old, item) -> wizard.show(item));
        // The plan follows the repair the wizard holds, so it shows edits still waiting to be saved.
        wizard.repairProperty().addListener((o, old, repair) -> plan.show(portfolio.selectedProperty().get(), repair));
        plan.activeProperty().bind(detailsView.planShowingProperty());
        timeline.activeProperty().bind(detailsView.timelineShowingProperty());
        wireTrash();
        commands.setRenameAction(detailsView::startRename);
        this.unsaved = new UnsavedChanges(List.of(
                new UnsavedChanges.Part(portfolio.autoSave(), Texts.get("saveFailed.part.details")),
                new UnsavedChanges.Part(wizard.autoSave(), Texts.get("saveFailed.part.repair"))));
        this.leaving = new LeaveGuard(unsaved, dialogs, afterwards -> copier.start(afterwards));
        detailsView.setOnOpenExample(this::openExample);
        this.view = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        split.getItems().setAll(portfolioView.view(), detailsView.view());
        SplitPane.setResizableWithParent(portfolioView.view(), false);
        renameItem.disableProperty().bind(commands.noSelection().or(readOnly()));
        archiveItem.disableProperty().bind(commands.noSelection().or(readOnly()));
        deleteItem.disableProperty().bind(commands.noSelection().or(readOnly()));
        undoDeleteItem.disableProperty().bind(trash.canUndoProperty().not().or(readOnly()));
        UndoBar undoBar = new UndoBar(trash, UndoBar.SHOWN_FOR, undoDeleteItem.getAccelerator());
        bottomArea.getChildren().add(0, undoBar.view());
        undoBar.closeOnEscapeIn(bottomArea.getParent());
        for (MenuItem item : List.of(detailsViewItem, repairViewItem, timelineViewItem, planViewItem, printItem,
                savePdfItem, nextStepItem, previousStepItem)) {
            item.disableProperty().bind(commands.noSelection());
        }
        showArchivedItem.selectedProperty().bindBidirectional(portfolio.showArchivedProperty());
        darkThemeItem.setSelected(Theme.parse(settings.theme()) == Theme.DARK);
        darkThemeItem.selectedProperty().addListener((o, old, dark) -> setTheme(dark ? Theme.DARK : Theme.LIGHT));
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, workbooks.currentProperty(),
                workbooks.readOnlyProperty()));
        showReadOnlyState();
        workbookLabel.textProperty().bind(Bindings.createStringBinding(
                () -> workbooks.currentProperty().get() == null ? "" : workbooks.currentProperty().get().toString(),
                workbooks.currentProperty()));
        bindSaveState();
        copier = new CopyElsewhere(workbooks, dialogs, unsaved, banners);
        new SaveFailureBanner(unsaved, banners, this::saveCopy);
        // Only offered while saving fails: then it is the way to keep working with everything typed.
        saveCopyItem.disableProperty().bind(unsaved.failing().not());
        // Closing the window asks first, like Quit, if typed text could not be saved.
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
        exchangeLabel.textProperty().bind(exchange.statusProperty());
        exchangeProgress.visibleProperty().bind(exchange.busyProperty());
        exchangeProgress.managedProperty().bind(exchange.busyProperty());
        // Importing writes; a workbook only looked at takes none (exporting only reads, so it stays).
        importItem.disableProperty().bind(readOnly());
        rebuildRecentMenu();
        bindBackups();
    }

    public Parent view() {
        return view;
    }

    /** Opens the workbook given on the command line (or the default one). */
    public void openAtStart(Path workbook) {
        workbooks.open(workbook);
    }

    /** Saves what is pending and closes the workbook; the window is closing. */
    public void shutdown() {
        workbooks.close();
        compute.shutdown();
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

    @FXML
    private void quit() {
        leaving.leave(LeaveGuard.Leaving.QUIT, exit);
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
        detailsView.showDetails();
    }

    @FXML
    private void showRepair() {
        detailsView.showRepair();
        wizardView().focusStepList();
    }

    @FXML
    private void showTimeline() {
        detailsView.showTimeline();
        timelineView().focusList();
    }

    private void openStep(org.bridgework.model.repair.RepairStep step) {
        detailsView.showRepair();
        wizard.goTo(step);
        wizardView().focusStepList();
    }

    private void addEntry(org.bridgework.model.repair.RepairStep step) {
        detailsView.showRepair();
        wizardView().addEntry(step);
    }

    @FXML
    private void showPlan() {
        detailsView.showPlan();
    }

    @FXML
    private void printPlan() {
        detailsView.showPlan();
        plan.print();
    }

    @FXML
    private void savePlanAsPdf() {
        detailsView.showPlan();
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
        detailsView.showRepair();
        wizard.next();
    }

    @FXML
    private void previousStep() {
        detailsView.showRepair();
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
        workbooks.noticeProperty().addListener((o, old, notice) -> {
            noticeLabel.setText(notice.text());
            noticeLabel.setTooltip(notice.text().isEmpty() ? null
                    : new javafx.scene.control.Tooltip(notice.detail().isEmpty() ? notice.text() : notice.text() + "\n\n" + notice.detail()));
            noticeLabel.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"), notice.problem());
        });
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

    private WizardController wizardView() {
        if (wizardView == null) {
            wizardView = new WizardController(wizard, clock);
        }
        return wizardView;
    }

    private TimelineController timelineView() {
        if (timelineView == null) {
            timelineView = new TimelineController(timeline, dialogs, this::openStep, this::addEntry);
        }
        return timelineView;
    }

    private PlanController planView() {
        if (planView == null) {
            planView = new PlanController(plan);
        }
        return planView;
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

    /**
     * A read-only workbook: a banner says so and offers Reopen and Open another; every command that changes the
     * workbook is disabled (the views bind to the view models' read-only state), and the window's style makes
     * disabled fields still easy to read. The save status has nothing to say.
     */
    private void showReadOnlyState() {
        Banner banner = new Banner(Banner.Kind.WARNING, Feather.LOCK, Texts.get("readOnly.banner"));
        banner.setId("readOnlyBanner");
        banner.addAction(Texts.get("readOnly.reopen"), this::reopen)
                .setTooltip(new javafx.scene.control.Tooltip(Texts.get("readOnly.reopen.tooltip")));
        banner.addAction(Texts.get("readOnly.openAnother"), this::openWorkbook)
                .setTooltip(new javafx.scene.control.Tooltip(Texts.get("readOnly.openAnother.tooltip")));
        newRelationshipItem.disableProperty().bind(readOnly());
        reopenItem.disableProperty().bind(readOnly().not());
        saveLabel.visibleProperty().bind(readOnly().not());
        readOnly().addListener((o, was, now) -> {
            view.pseudoClassStateChanged(READ_ONLY, now);
            if (now && !banners.getChildren().contains(banner)) {
                banners.getChildren().add(0, banner);
            } else if (!now) {
                banners.getChildren().remove(banner);
            }
        });
    }

    /** One line for both kinds of edits: a failure wins over pending, pending over saved. */
    private void bindSaveState() {
        AutoSave<?, ?> details = portfolio.autoSave();
        AutoSave<?, ?> repair = wizard.autoSave();
        saveLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            SaveState state = worse(details.stateProperty().get(), repair.stateProperty().get());
            String failure = details.stateProperty().get() == SaveState.FAILED ? details.failureProperty().get()
                    : repair.failureProperty().get();
            return switch (state) {
                case SAVED -> Texts.get("save.saved");
                case PENDING -> Texts.get("save.pending");
                case FAILED -> Texts.get("save.failed", failure);
            };
        }, details.stateProperty(), details.failureProperty(), repair.stateProperty(), repair.failureProperty()));
        saveLabel.textProperty().addListener((o, old, text) -> saveLabel.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("failed"),
                worse(details.stateProperty().get(), repair.stateProperty().get()) == SaveState.FAILED));
    }

    private static SaveState worse(SaveState a, SaveState b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private void remember(Path workbook) {
        settings.rememberWorkbook(workbook);
        rebuildRecentMenu();
        saveSettings();
    }

    private void rebuildRecentMenu() {
        List<Path> recent = settings.recentWorkbooks();
        recentMenu.getItems().clear();
        for (Path file : recent) {
            MenuItem item = new MenuItem(file.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> leaving.leave(LeaveGuard.Leaving.OPEN_ANOTHER, () -> workbooks.open(file)));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recent.isEmpty());
    }

    private void setTheme(Theme theme) {
        theme.apply();
        settings.setTheme(theme.name().toLowerCase(java.util.Locale.ROOT));
        saveSettings();
    }

    private void saveSettings() {
        runner.run(() -> {
            settings.save();
            return settings;
        }, saved -> { }, error -> { });
    }
}
