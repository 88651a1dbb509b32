package org.bridgework.ui.week;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.bridgework.desktop.DesktopNotifier;
import org.bridgework.model.week.Agenda;
import org.bridgework.model.week.AgendaItem;
import org.bridgework.model.week.DailyDigest;
import org.bridgework.settings.AppSettings;
import org.bridgework.settings.WeekSettings;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.TaskRunner;

/**
 * The reminders of what is due today: a quiet notice in the window when a workbook opens and each morning, and,
 * if chosen in Preferences, one desktop notification, never more than one a day (the day is kept in the settings,
 * so reopening the app the same day gives none).
 */
public final class Reminders {
    /** Shows the notice in the window. */
    public interface InWindow {
        void show(String title, String text);
    }

    private final Clock clock;
    private final AppSettings settings;
    private final Runnable saveSettings;
    private final DesktopNotifier desktop;
    private final TaskRunner background;
    private final InWindow inWindow;
    private LocalDate lastInWindow;

    /**
     * @param saveSettings writes the settings file (the day of the digest), off the JavaFX thread
     * @param background   runs the desktop notifier's program
     */
    public Reminders(Clock clock, AppSettings settings, Runnable saveSettings, DesktopNotifier desktop,
                     TaskRunner background, InWindow inWindow) {
        this.clock = clock;
        this.settings = settings;
        this.saveSettings = saveSettings;
        this.desktop = desktop;
        this.background = background;
        this.inWindow = inWindow;
    }

    /** Listens to {@code week}: the first agenda of each workbook gives the opening notice. */
    public void follow(WeekViewModel week) {
        week.firstOfWorkbookProperty().addListener((o, old, agenda) -> {
            if (agenda != null) {
                remind(agenda, true);
            }
        });
        week.agendaProperty().addListener((o, old, agenda) -> {
            if (agenda != null && lastInWindow != null && agenda.today().isAfter(lastInWindow)) {
                remind(agenda, false); // A new day while the app stayed open: the morning's notice.
            }
        });
    }

    /**
     * Tells what {@code agenda} has due today, if anything: in the window (on opening, or once on a new day), and
     * on the desktop if chosen and none was given today.
     */
    public void remind(Agenda agenda, boolean opening) {
        LocalDate today = LocalDate.now(clock);
        if (!opening && today.equals(lastInWindow)) {
            return;
        }
        lastInWindow = today;
        List<AgendaItem> due = agenda.dueToday();
        if (due.isEmpty()) {
            return;
        }
        String title = Texts.get("week.digest.title", due.size());
        String text = WeekTexts.digest(due, today);
        WeekSettings week = settings.week();
        if (week.windowReminders()) {
            inWindow.show(title, text);
        }
        if (week.desktopReminders() && DailyDigest.desktopDue(week.lastDigest(), today) && desktop.available()) {
            settings.setWeek(week.withLastDigest(today));
            saveSettings.run();
            background.run(() -> desktop.notify(title, text), shown -> { }, error -> { });
        }
    }
}
