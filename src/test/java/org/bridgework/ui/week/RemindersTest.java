package org.bridgework.ui.week;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.bridgework.desktop.DesktopNotifier;
import org.bridgework.desktop.NotifySend;
import org.bridgework.model.week.Agenda;
import org.bridgework.model.week.AgendaRules;
import org.bridgework.model.week.OpenCommitment;
import org.bridgework.model.week.RepairDates;
import org.bridgework.settings.AppSettings;
import org.bridgework.settings.WeekSettings;
import org.bridgework.testing.FixedClock;
import org.bridgework.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reminders with a fixed clock: the window's notice on opening, the desktop's at most once a day. */
class RemindersTest {
    @TempDir
    Path folder;

    private final List<String> inWindow = new ArrayList<>();
    private final List<String> desktop = new ArrayList<>();

    @Test
    void oneDesktopDigestADayRememberedInTheSettings() throws Exception {
        Clock monday = FixedClock.now();
        AppSettings settings = AppSettings.load(folder);
        settings.setWeek(new WeekSettings(true, true, 14, 2, Optional.empty()));
        reminders(monday, settings).remind(agenda(monday), true);
        assertEquals(1, desktop.size());
        assertEquals(1, inWindow.size());

        AppSettings reopened = AppSettings.load(folder);
        assertEquals(Optional.of(LocalDate.now(monday)), reopened.week().lastDigest(), "kept in the settings file");
        reminders(monday, reopened).remind(agenda(monday), true);
        assertEquals(1, desktop.size(), "the app opened again the same day: no second desktop digest");
        assertEquals(2, inWindow.size(), "the quiet notice in the window, though, on every opening");

        Clock tuesday = Clock.offset(monday, Duration.ofDays(1));
        reminders(tuesday, AppSettings.load(folder)).remind(agenda(tuesday), false);
        assertEquals(2, desktop.size(), "the next day's");
    }

    @Test
    void noDesktopDigestUnlessChosenNorWhenNothingIsDue() {
        Clock clock = FixedClock.now();
        AppSettings settings = AppSettings.load(folder);
        reminders(clock, settings).remind(agenda(clock), true);
        assertEquals(List.of(), desktop, "off by default");
        assertEquals(1, inWindow.size());
        settings.setWeek(new WeekSettings(true, true, 14, 2, Optional.empty()));
        reminders(clock, settings).remind(Agenda.of(List.of(), LocalDate.now(clock), AgendaRules.DEFAULT, List.of()), true);
        assertEquals(List.of(), desktop);
        assertEquals(1, inWindow.size(), "nothing due: no notice at all");
    }

    @Test
    void notifySendIsSkippedWhenItIsNotInstalledAndRunWhenItIs() throws Exception {
        NotifySend missing = new NotifySend(folder.toString());
        assertFalse(missing.available());
        assertFalse(missing.notify("Title", "Body"), "skipped, not run");
        assertFalse(new NotifySend(null).available());

        // A stand-in notify-send that records its arguments: the real process is started, with the words given.
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path said = folder.resolve("said.txt");
        Path fake = bin.resolve("notify-send");
        Files.writeString(fake, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + said + "'\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        NotifySend present = new NotifySend(folder.resolve("nowhere") + java.io.File.pathSeparator + bin);
        assertTrue(present.available());
        assertTrue(present.notify("2 things are due today", "Harbour: Commitment: terms"));
        assertEquals(List.of("--app-name=Bridgework", "--", "2 things are due today", "Harbour: Commitment: terms"),
                Files.readAllLines(said));
    }

    private Reminders reminders(Clock clock, AppSettings settings) {
        return new Reminders(clock, settings, () -> {
            try {
                settings.save();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, new DesktopNotifier() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public boolean notify(String title, String body) {
                return desktop.add(title);
            }
        }, new SameThread(), (title, text) -> inWindow.add(title + "\n" + text));
    }

    private static Agenda agenda(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        RepairDates harbour = new RepairDates(1, "Harbour", today, Optional.empty(), Optional.empty(),
                Optional.of(today), Optional.empty(), OptionalInt.of(0), List.of(new OpenCommitment("Terms", today)));
        return Agenda.of(List.of(harbour), today, AgendaRules.DEFAULT, List.of());
    }

    /** Runs the work at once, on the test's thread. */
    private static final class SameThread implements TaskRunner {
        @Override
        public <T> void runAfter(Duration delay, Callable<T> work, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                onFailure.accept(e);
            }
        }

        @Override
        public boolean awaitIdle(Duration timeout) {
            return true;
        }

        @Override
        public void shutdown() {
        }
    }
}
