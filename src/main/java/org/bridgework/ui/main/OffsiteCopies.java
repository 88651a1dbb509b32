package org.bridgework.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.bridgework.backup.crypto.Passphrase;
import org.bridgework.offsite.OffsiteBackups;
import org.bridgework.offsite.OffsiteResult;
import org.bridgework.offsite.PassphraseKeeper;
import org.bridgework.settings.AppSettings;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.TaskRunner;

/**
 * The encrypted copy in the off-disk folder after each daily backup, on the backup thread. A folder that is missing
 * or full never stops work: the status bar says so, with when the last copy was made, and once per run a notice
 * says when that was more than a week ago. The passphrase comes from the secret store, or is asked for once per run.
 */
final class OffsiteCopies {
    /** Older than this, the last off-disk copy is worth a notice. */
    static final Duration STALE = Duration.ofDays(7);

    private final TaskRunner thread;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final PassphraseKeeper passphrase;
    private final Clock clock;
    private final IntSupplier backupsToKeep;
    private final Runnable saveSettings;
    private final ReadOnlyObjectWrapper<StatusNotice> status = new ReadOnlyObjectWrapper<>(this, "status", StatusNotice.NONE);
    private boolean staleNoticeShown;
    private boolean askedThisRun;

    OffsiteCopies(TaskRunner thread, DialogService dialogs, AppSettings settings, PassphraseKeeper passphrase,
                  Clock clock, IntSupplier backupsToKeep, Runnable saveSettings) {
        this.thread = thread;
        this.dialogs = dialogs;
        this.settings = settings;
        this.passphrase = passphrase;
        this.clock = clock;
        this.backupsToKeep = backupsToKeep;
        this.saveSettings = saveSettings;
    }

    /** What the status bar says about the off-disk copies: when the last was made, or why today's was not. */
    ReadOnlyObjectProperty<StatusNotice> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A copy was made by File → Back up now to…: the status bar tells it. */
    void madeNow(Path folder) {
        settings.setLastOffsiteCopy(clock.instant());
        saveSettings.run();
        status.set(lastCopyNotice(folder.toString()));
    }

    /** After the daily backup of {@code workbook} (on the JavaFX thread): its copy, if a folder is set up. */
    void afterDaily(Path workbook) {
        Optional<Path> folder = settings.offsiteFolder();
        if (folder.isEmpty()) {
            status.set(StatusNotice.NONE);
            return;
        }
        Consumer<StatusNotice> say = status::set;
        // A disk that is not plugged in is found out first: no passphrase is asked for a copy that cannot be made.
        thread.run(() -> java.nio.file.Files.isDirectory(folder.get()) ? Optional.of(passphrase.known()) : Optional.<Optional<char[]>>empty(),
                reachable -> reachable.ifPresentOrElse(known -> known.ifPresentOrElse(
                        secret -> copy(workbook, folder.get(), secret, say),
                        () -> askThenCopy(workbook, folder.get(), say)),
                        () -> report(OffsiteResult.missing(folder.get()), folder.get(), say)),
                error -> say.accept(failed(String.valueOf(error))));
    }

    /** No secret store holds it: asked once per run, when the first copy is due; kept in memory only. */
    private void askThenCopy(Path workbook, Path folder, Consumer<StatusNotice> say) {
        if (askedThisRun) {
            say.accept(failed(Texts.get("offsite.noPassphrase")));
            return;
        }
        askedThisRun = true;
        Optional<char[]> typed = dialogs.askPassphrase(Texts.get("offsite.ask.title"),
                Texts.get("offsite.ask.header", folder), false);
        typed.ifPresentOrElse(secret -> {
            passphrase.rememberForThisRun(secret);
            copy(workbook, folder, secret, say);
        }, () -> say.accept(failed(Texts.get("offsite.noPassphrase"))));
    }

    private void copy(Path workbook, Path folder, char[] secret, Consumer<StatusNotice> say) {
        int keep = backupsToKeep.getAsInt();
        thread.run(() -> {
            try (Passphrase key = Passphrase.of(secret)) {
                return OffsiteBackups.copyDaily(workbook, folder, key, keep, clock);
            } finally {
                PassphraseKeeper.wipe(secret);
            }
        }, result -> report(result, folder, say), error -> say.accept(failed(String.valueOf(error))));
    }

    private void report(OffsiteResult result, Path folder, Consumer<StatusNotice> say) {
        Optional<Instant> copiedAt = result.copiedAt();
        if (copiedAt.isPresent() && settings.lastOffsiteCopy().map(last -> last.isBefore(copiedAt.get())).orElse(true)) {
            settings.setLastOffsiteCopy(copiedAt.get());
            saveSettings.run();
        }
        if (result.ok()) {
            say.accept(lastCopyNotice(folder.toString()));
            return;
        }
        String problem = Texts.get("offsite.problem." + result.problem().orElseThrow().name(), folder);
        say.accept(failed(problem + " " + lastCopy(), result.detail()));
        noticeIfStale(problem);
    }

    /** Once per run, when the last copy is more than a week old (or none was ever made) and this one failed too. */
    private void noticeIfStale(String problem) {
        Optional<Instant> last = settings.lastOffsiteCopy();
        boolean stale = last.map(when -> when.isBefore(clock.instant().minus(STALE))).orElse(true);
        if (stale && !staleNoticeShown) {
            staleNoticeShown = true;
            dialogs.showNotice(Texts.get("offsite.stale.title"), Texts.get("offsite.stale.header"),
                    problem + "\n\n" + lastCopy() + "\n\n" + Texts.get("offsite.stale.text"));
        }
    }

    private StatusNotice lastCopyNotice(String detail) {
        return new StatusNotice(Texts.get("offsite.status.last", when(settings.lastOffsiteCopy().orElse(clock.instant()))),
                detail, false);
    }

    private String lastCopy() {
        return settings.lastOffsiteCopy().map(when -> Texts.get("offsite.status.last", when(when)))
                .orElse(Texts.get("offsite.status.never"));
    }

    private String when(Instant instant) {
        return org.bridgework.text.Dates.dayAndTime(LocalDateTime.ofInstant(instant, clock.getZone()));
    }

    private static StatusNotice failed(String text) {
        return new StatusNotice(text, "", true);
    }

    private static StatusNotice failed(String text, String detail) {
        return new StatusNotice(text, detail, true);
    }
}
