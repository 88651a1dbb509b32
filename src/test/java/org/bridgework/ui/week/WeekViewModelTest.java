package org.bridgework.ui.week;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.week.Agenda;
import org.bridgework.model.week.AgendaItem;
import org.bridgework.model.week.AgendaRules;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.NoDialogs;
import org.bridgework.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agenda kept current behind the scenes, so that Ctrl+0 shows one that is right at once. */
class WeekViewModelTest {
    private static final LocalDate TODAY = LocalDate.ofInstant(FixedClock.NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void savesWhileThisWeekIsHiddenAreReadOnceTheSavesPause() throws Exception {
        try (Workbook workbook = Workbook.open(folder.resolve("w.db"), FixedClock.now())) {
            long id = workbook.relationships().create(Relationship.draft("Harbour Foods", FixedClock.NOW)).id();
            RepairCase repair = RepairCase.start(id).withActionPlan(new ActionPlan(List.of(
                    Commitment.planned("Reprint the labels", "Sam", TODAY.plusDays(2)))));
            workbook.repairCases().save(repair);
            ImmediateTaskRunner store = new ImmediateTaskRunner();
            WeekViewModel week = new WeekViewModel(store, NoDialogs.expected(), FixedClock.now(), () -> AgendaRules.DEFAULT);
            week.load(workbook);
            assertEquals(List.of("Reprint the labels"), whats(week.agendaProperty().get()));

            workbook.repairCases().save(repair.withActionPlan(new ActionPlan(List.of(
                    Commitment.planned("Call Ines about the sizes", "Sam", TODAY.plusDays(1))))));
            week.refreshAfterSave();
            week.refreshAfterSave(); // typing on: another save before the pause
            assertEquals(List.of("Reprint the labels"), whats(week.agendaProperty().get()), "not read while saving");
            assertEquals(List.of(WeekViewModel.AFTER_SAVES, WeekViewModel.AFTER_SAVES), store.waitingDelays());

            assertEquals(2, store.runDelayed());
            assertEquals(List.of("Call Ines about the sizes"), whats(week.agendaProperty().get()),
                    "read once the saves paused, before This week is shown again");
        }
    }

    private static List<String> whats(Agenda agenda) {
        return Stream.concat(agenda.overdue().stream(), agenda.days().stream().flatMap(day -> day.items().stream()))
                .filter(item -> item.kind() == org.bridgework.model.week.AgendaKind.COMMITMENT)
                .map(AgendaItem::what).toList();
    }
}
