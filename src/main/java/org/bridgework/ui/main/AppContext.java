package org.bridgework.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.bridgework.offsite.PassphraseKeeper;
import org.bridgework.offsite.SecretStores;
import org.bridgework.settings.AppSettings;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.AutoSave;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.SlowStepDialog;
import org.bridgework.ui.common.SlowSteps;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.common.UndoHistory;
import org.bridgework.ui.exchange.ExchangeViewModel;
import org.bridgework.ui.plan.PlanViewModel;
import org.bridgework.ui.portfolio.PortfolioController;
import org.bridgework.ui.portfolio.PortfolioViewModel;
import org.bridgework.ui.portfolio.RelationshipCommands;
import org.bridgework.ui.timeline.TimelineViewModel;
import org.bridgework.ui.trash.TrashViewModel;
import org.bridgework.ui.wizard.WizardViewModel;
import org.bridgework.model.week.AgendaRules;
import org.bridgework.settings.WeekSettings;
import org.bridgework.ui.week.MorningTimer;
import org.bridgework.desktop.NotifySend;
import org.bridgework.ui.week.Reminders;
import org.bridgework.ui.week.SnoozeDialog;
import org.bridgework.ui.week.WeekActions;
import org.bridgework.ui.week.WeekViewModel;
import org.bridgework.ui.week.WindowNotice;

/**
 * The one place where the window's parts are built and wired together: the view models, the commands, the
 * workbook switcher and the main window's controller. It is handed its two task runners, so the app gives it
 * real background threads and a test can give it same-thread runners and drive the very same window.
 * The runners are its own from then on: {@link #shutdown()} stops them.
 */
public final class AppContext {
    private final Stage stage;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final Runnable exit;
    private final TaskRunner store;
    private final TaskRunner compute;
    private final TaskRunner backupThread;
    private final PortfolioViewModel portfolio;
    private final WizardViewModel wizard;
    private final TrashViewModel trash;
    private final TimelineViewModel timeline;
    private final PlanViewModel plan;
    private final ExchangeViewModel exchange;
    // Issue 15: calendar export, meeting brief, e-mail drafts
    private final org.bridgework.ui.outbound.OutboundViewModel outbound;
    private final org.bridgework.ui.outbound.OutboundDialogs outboundQuestions;
    private final RelationshipCommands commands;
    private final SettingsKeeper keeper;
    private final WorkbookSwitcher workbooks;
    private final BackupCommands backups;
    /** The encrypted copies in the off-disk backup folder, after each daily backup. */
    private final OffsiteCopies offsite;
    private final RelationshipViews views;
    private final PortfolioController portfolioView;
    /** Edits not yet saved, the banner while saving fails, and the question before leaving the workbook. */
    private final UnsavedChanges unsaved;
    private final LeaveGuard leaving;
    private final MainController window;
    private final WeekViewModel week;
    private final WeekActions weekActions;
    private final TeamMenus teamMenus;

    /**
     * @param store   talks to the workbook: every read and write, one at a time and in order
     * @param compute assembles timelines and renders plans, apart from {@code store} so saving never waits for them
     * @param backupThread makes the daily backup, apart from {@code store} so saving never waits for it
     * @param exit    ends the application (Quit, or giving up when no workbook could be opened at start)
     */
    public AppContext(Stage stage, TaskRunner store, TaskRunner compute, TaskRunner backupThread, DialogService dialogs,
                      AppSettings settings, Clock clock, Runnable exit) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.settings = settings;
        this.exit = exit;
        this.store = store;
        this.compute = compute;
        this.backupThread = backupThread;
        this.portfolio = new PortfolioViewModel(store, dialogs, AutoSave.DEFAULT_DELAY, clock);
        // One undo for the window: removals, commitments marked, archiving and deletes, latest first.
        UndoHistory undoHistory = new UndoHistory();
        this.wizard = new WizardViewModel(store, dialogs, AutoSave.DEFAULT_DELAY, clock, undoHistory);
        this.trash = new TrashViewModel(store, dialogs, clock, undoHistory);
        this.commands = new RelationshipCommands(portfolio, stage, undoHistory);
        this.timeline = new TimelineViewModel(wizard, compute);
        // Issue 17: who last changed the relationship, on the timeline and the internal plan of a team workbook
        org.bridgework.ui.common.ChangedByLine relationshipChanges = new org.bridgework.ui.common.ChangedByLine(store, clock);
        timeline.showChangedBy(relationshipChanges);
        this.exchange = new ExchangeViewModel(store, dialogs, portfolio, List.of(portfolio, wizard),
                this::folderForChoosers, clock);
        // Issue 15: calendar export, meeting brief, e-mail drafts
        this.outboundQuestions = new org.bridgework.ui.outbound.FxOutboundDialogs(stage);
        this.outbound = new org.bridgework.ui.outbound.OutboundViewModel(store, compute, dialogs, outboundQuestions,
                portfolio, wizard.repairProperty()::get, List.of(portfolio, wizard), this::folderForChoosers, clock,
                org.bridgework.ui.outbound.MailProgram.system());
        wizard.setMailDrafts(outbound::draft);
        timeline.setMailDrafts(outbound::draft);
        this.keeper = new SettingsKeeper(settings, store);
        portfolio.setSelectionMemory(keeper.selectionMemory());
        SlowSteps steps = new SlowStepDialog(stage);
        PassphraseKeeper passphrase = new PassphraseKeeper(SecretStores.forThisSystem());
        this.offsite = new OffsiteCopies(backupThread, dialogs, settings, passphrase, clock, settings::backupsToKeep,
                keeper::save);
        this.week = new WeekViewModel(store, dialogs, clock, () -> rules(settings));
        this.workbooks = new WorkbookSwitcher(store, new DailyBackups(backupThread, clock, settings::backupsToKeep,
                (file, say) -> offsite.afterDaily(file)), steps, dialogs,
                // The wizard first: the portfolio may select a relationship as soon as it has read the list (the
                // one last viewed), and the wizard must then read its repair from the new workbook. Others'
                // changes are heard once everything has read the workbook.
                List.of(wizard, portfolio, trash, exchange, outbound, week, relationshipChanges,
                        new LiveUpdates(portfolio, wizard, week, trash)),
                clock, keeper::remember, this::quit);
        this.backups = new BackupCommands(backupThread, dialogs, settings, workbooks, clock, keeper::save, offsite,
                new EncryptedRestore(backupThread, steps, dialogs, passphrase, workbooks),
                new BackUpNow(store, backupThread, steps, dialogs, settings, passphrase, offsite, clock), passphrase);
        this.plan = new PlanViewModel(compute, dialogs, clock, workbooks::folderForChoosers);
        plan.readLastChangesFrom(relationshipChanges);
        this.views = new RelationshipViews(portfolio, commands, wizard, timeline, plan, dialogs, clock, compute);
        this.weekActions = new WeekActions(week, portfolio, wizard, timeline, dialogs,
                SnoozeDialog.over(stage, week::today), views::openStep);
        this.portfolioView = new PortfolioController(portfolio, commands, views::focusForm);
        portfolioView.setOpenStep(views::openStep);
        portfolio.selectedProperty().addListener((o, old, item) -> wizard.show(item));
        // A save may make a relationship match the search shown, or no longer (issue 15: search kept in step).
        for (AutoSave<?, ?> saves : List.of(portfolio.autoSave(), wizard.autoSave())) {
            saves.stateProperty().addListener((o, old, state) -> portfolio.searchWorksheetsAgainAfter(state));
        }
        // The plan follows the repair the wizard holds, so it shows edits still waiting to be saved.
        wizard.repairProperty().addListener((o, old, repair) -> plan.show(portfolio.selectedProperty().get(), repair));
        wireTrash();
        commands.setRenameAction(views::startRename);
        commands.setAfterCreate(views::focusAfterCreate);
        this.unsaved = new UnsavedChanges(List.of(
                new UnsavedChanges.Part(portfolio.autoSave(), Texts.get("saveFailed.part.details")),
                new UnsavedChanges.Part(wizard.autoSave(), Texts.get("saveFailed.part.repair"))));
        this.leaving = new LeaveGuard(unsaved, dialogs, steps, this::saveCopyThen);
        // Issue 16: recent team workbooks and publishing to one
        RecentTeamWorkbooks recentTeam = new RecentTeamWorkbooks(settings, keeper::save);
        this.teamMenus = new TeamMenus(workbooks, leaving, recentTeam, new PublishToTeam(store, steps, dialogs, unsaved,
                workbooks::openStore, portfolio, recentTeam, clock, () -> stage), stage,
                new CollaborationMenus(store, workbooks, portfolio, wizard, unsaved, stage));
        this.window = new MainController(this);
        new Reminders(clock, settings, keeper::save, NotifySend.onPath(), backupThread,
                WindowNotice.over(stage, window::showWeek)).follow(week);
        MorningTimer.start(clock, week::refresh);
    }

    /** This week's rules, from Preferences. */
    private static AgendaRules rules(AppSettings settings) {
        WeekSettings chosen = settings.week();
        return new AgendaRules(chosen.quietAfterDays(), chosen.checkInWeeks());
    }

    /** The main window's content, for its scene. */
    public Parent view() {
        return window.view();
    }

    /** Opens the workbook given on the command line (or the default one). */
    public void openAtStart(Path workbook) {
        String address = org.bridgework.store.TeamAddress.unfold(workbook.toString());
        if (org.bridgework.store.TeamAddress.looksLike(address)) {
            try {
                // --workbook postgresql://…: the password from PGPASSWORD or ~/.pgpass, as the commands take it.
                workbooks.openTeam(org.bridgework.store.TeamAddress.parse(address), null);
                return;
            } catch (IllegalArgumentException e) {
                // Not a usable address: opening it as a file says what is wrong with it.
            }
        }
        workbooks.open(workbook);
    }

    /**
     * The window is closing: queues the writing of what is pending and the closing of the workbook (Quit has done
     * both already), waits for neither, and stops the task runners once their queued work is done.
     */
    public void shutdown() {
        workbooks.closeWhenIdle();
        compute.shutdown();
        backupThread.shutdown();
        store.shutdown();
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

    public org.bridgework.ui.outbound.OutboundViewModel outbound() {
        return outbound;
    }

    org.bridgework.ui.outbound.OutboundDialogs outboundQuestions() {
        return outboundQuestions;
    }

    // ---- For the window's controller

    Stage stage() {
        return stage;
    }

    DialogService dialogs() {
        return dialogs;
    }

    AppSettings settings() {
        return settings;
    }

    RelationshipCommands commands() {
        return commands;
    }

    PortfolioController portfolioView() {
        return portfolioView;
    }

    RelationshipViews views() {
        return views;
    }

    SettingsKeeper keeper() {
        return keeper;
    }

    WorkbookSwitcher workbooks() {
        return workbooks;
    }

    BackupCommands backups() {
        return backups;
    }

    OffsiteCopies offsite() {
        return offsite;
    }

    UnsavedChanges unsaved() {
        return unsaved;
    }

    LeaveGuard leaving() {
        return leaving;
    }

    /** Quit: saves (asking if that fails), closes the workbook without freezing the window, then exits. */
    void quit() {
        leaving.leave(LeaveGuard.Leaving.QUIT, () -> workbooks.close(exit));
    }

    TeamMenus teamMenus() {
        return teamMenus;
    }

    public WeekViewModel week() {
        return week;
    }

    WeekActions weekActions() {
        return weekActions;
    }

    TaskRunner compute() {
        return compute;
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

    /** Saving a copy elsewhere shows banners in the window, so the window's controller does it. */
    private void saveCopyThen(Runnable afterwards) {
        window.saveCopyThen(afterwards);
    }

    private Path folderForChoosers() {
        return workbooks.folderForChoosers();
    }
}
