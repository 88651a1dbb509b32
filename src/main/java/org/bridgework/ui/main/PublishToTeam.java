package org.bridgework.ui.main;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.bridgework.about.Version;
import org.bridgework.exchange.ExchangeException;
import org.bridgework.exchange.ImportResult;
import org.bridgework.exchange.TeamPublish;
import org.bridgework.problems.ProblemTexts;
import org.bridgework.problems.SaveProblemTexts;
import org.bridgework.store.WorkbookException;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.SlowStep;
import org.bridgework.ui.common.SlowSteps;
import org.bridgework.ui.common.StoreThread;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.portfolio.PortfolioViewModel;

/**
 * File → Publish to a team workbook…: asks which relationships and where ({@link PublishDialog}), writes the
 * window's pending edits, then copies them ({@link TeamPublish}): read on the store thread, written to the server
 * on a thread of its own, all in one transaction there. The window shows how far it has got, with Cancel, which
 * leaves the team workbook as it was; nothing runs on the JavaFX thread but the dialogs.
 */
final class PublishToTeam {
    private final TaskRunner store;
    private final SlowSteps steps;
    private final DialogService dialogs;
    private final UnsavedChanges unsaved;
    private final Supplier<Optional<WorkbookStore>> open;
    private final PortfolioViewModel portfolio;
    private final RecentTeamWorkbooks recent;
    private final Clock clock;
    private final Supplier<Window> owner;

    /** @param open the workbook open in the window, if any */
    PublishToTeam(TaskRunner store, SlowSteps steps, DialogService dialogs, UnsavedChanges unsaved,
                  Supplier<Optional<WorkbookStore>> open, PortfolioViewModel portfolio, RecentTeamWorkbooks recent,
                  Clock clock, Supplier<Window> owner) {
        this.store = store;
        this.steps = steps;
        this.dialogs = dialogs;
        this.unsaved = unsaved;
        this.open = open;
        this.portfolio = portfolio;
        this.recent = recent;
        this.clock = clock;
        this.owner = owner;
    }

    /** Asks, then publishes; only from a workbook file (a team workbook is published already). */
    void start() {
        Optional<WorkbookStore> local = open.get().filter(workbook -> workbook.localFile().isPresent());
        if (local.isEmpty()) {
            return;
        }
        List<PublishDialog.Offered> offered = portfolio.all().stream()
                .map(item -> new PublishDialog.Offered(item.id(), item.nameProperty().get()))
                .sorted(Comparator.comparing(PublishDialog.Offered::name, String.CASE_INSENSITIVE_ORDER)).toList();
        PublishDialog.ask(owner.get(), offered, recent.addresses())
                // What was typed a moment ago is published too: pending edits are written first.
                .ifPresent(request -> unsaved.flush(written -> {
                    if (written) {
                        publish(local.get(), request);
                    } else {
                        // The workbook file would not have what is on screen: publishing it would quietly lose that.
                        Arrays.fill(request.password(), '\0');
                        dialogs.showError(Texts.get("team.publish.failed.title"), Texts.get("team.publish.unsaved"), "");
                    }
                }));
    }

    private void publish(WorkbookStore local, PublishDialog.Request request) {
        SlowStep step = steps.begin(Texts.get("team.publish.starting"), true);
        TeamPublish.Progress progress = new TeamPublish.Progress() {
            @Override
            public void exported(int done, int total) {
                show(step, Texts.get("team.publish.reading", done, total));
            }

            @Override
            public void written(int done, int total) {
                show(step, Texts.get("team.publish.writing", done, total, request.address().displayName()));
            }

            @Override
            public boolean cancelled() {
                return step.cancelled(); // asked between relationships, on the thread doing the work
            }
        };
        store.run(() -> TeamPublish.export(local, request.ids(), Version.current(), progress), export -> {
            if (step.cancelled()) {
                ended(request, null, new CancellationException());
                return;
            }
            // A thread of its own: the window's saves to the workbook file never wait for the server.
            StoreThread writer = new StoreThread("bridgework-publish");
            writer.run(() -> TeamPublish.publish(export, request.address(), request.passwordOrNull(), clock, progress),
                    result -> {
                        writer.shutdown();
                        step.finish();
                        ended(request, result, null);
                    }, error -> {
                        writer.shutdown();
                        step.finish();
                        ended(request, null, error);
                    });
        }, error -> {
            step.finish();
            ended(request, null, error);
        });
    }

    /** Called on a background thread: says how far it has got. */
    private static void show(SlowStep step, String text) {
        Platform.runLater(() -> {
            if (!step.cancelled()) {
                step.update(text, true);
            }
        });
    }

    private void ended(PublishDialog.Request request, ImportResult result, Throwable error) {
        Arrays.fill(request.password(), '\0');
        String where = request.address().displayName();
        if (result != null) {
            recent.remember(request.address());
            String renamed = String.join("\n", result.renamed().stream()
                    .map(r -> Texts.get("team.publish.renamed", r.from(), r.to())).toList());
            Label details = new Label(renamed.isEmpty() ? Texts.get("team.publish.noneRenamed") : renamed);
            details.setId("publishResult");
            details.setWrapText(true);
            dialogs.showInformation(Texts.get("team.publish.title"),
                    Texts.get("team.publish.done", result.imported().size(), where), details);
        } else if (error instanceof CancellationException) {
            dialogs.showInformation(Texts.get("team.publish.title"), Texts.get("team.publish.cancelled", where),
                    new Label(""));
        } else {
            dialogs.showError(Texts.get("team.publish.failed.title"), Texts.get("team.publish.failed", where,
                    reason(error)), String.valueOf(error));
        }
    }

    private static String reason(Throwable error) {
        if (error instanceof WorkbookException problem) {
            return ProblemTexts.headline(problem);
        }
        if (error instanceof ExchangeException refused && refused.getCause() != null) {
            return SaveProblemTexts.reason(refused.getCause());
        }
        if (error instanceof ExchangeException refused) {
            return refused.reason();
        }
        return SaveProblemTexts.reason(error);
    }
}
