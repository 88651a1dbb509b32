package org.bridgework.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.timeline.TimelineOpening;
import org.bridgework.model.timeline.TimelineRow;
import org.bridgework.store.Workbook;
import org.bridgework.testing.QueuedTaskRunner;
import org.bridgework.ui.common.ImmediateTaskRunner;
import org.bridgework.ui.portfolio.RelationshipItem;
import org.bridgework.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long timeline shows its start while the whole repair is still being read, then the whole; the workbook
 * reads run one at a time here, so each state can be looked at.
 */
class TimelineOpeningViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private Workbook workbook;
    private final QueuedTaskRunner store = new QueuedTaskRunner();
    private WizardViewModel wizard;
    private TimelineViewModel timeline;

    @BeforeEach
    void open() throws Exception {
        workbook = Workbook.open(folder.resolve("w.db"), CLOCK);
        wizard = new WizardViewModel(store, null, Duration.ofMillis(300), CLOCK);
        timeline = new TimelineViewModel(wizard, new ImmediateTaskRunner());
        timeline.activeProperty().set(true);
        wizard.load(workbook);
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @Test
    void aLongTimelineShowsItsStartFirstThenTheWhole() {
        RelationshipItem item = stored("Long", TimelineOpening.LONG_TIMELINE + 500);
        wizard.show(item);
        assertEquals(2, store.waiting(), "the start is read first, then the whole repair");

        store.runNext();
        TimelineOpening opening = wizard.openingProperty().get();
        assertNotNull(opening);
        assertNull(wizard.repairProperty().get(), "nothing to edit yet");
        assertFalse(timeline.completeProperty().get());
        assertTrue(timeline.busyProperty().get());
        List<TimelineRow> start = List.copyOf(timeline.rows());
        long startItems = start.stream().filter(TimelineRow.Item.class::isInstance).count();
        assertTrue(startItems >= TimelineOpening.ENTRIES && startItems < 2 * TimelineOpening.ENTRIES,
                "about a screenful: " + startItems);
        assertEquals(startItems, timeline.shownCountProperty().get());

        store.runNext();
        assertNotNull(wizard.repairProperty().get());
        assertNull(wizard.openingProperty().get());
        assertTrue(timeline.completeProperty().get());
        assertFalse(timeline.busyProperty().get());
        List<TimelineRow> whole = timeline.rows();
        assertEquals(TimelineOpening.LONG_TIMELINE + 500, timeline.totalCountProperty().get());
        assertEquals(withoutPositions(whole.subList(0, start.size())), withoutPositions(start),
                "the start shown first is the start of the whole");
    }

    @Test
    void aShortTimelineIsShownWhenTheWholeRepairIsRead() {
        RelationshipItem item = stored("Short", TimelineOpening.LONG_TIMELINE - 1);
        wizard.show(item);
        store.runNext();
        assertNull(wizard.openingProperty().get(), "not worth a second read");
        assertTrue(timeline.rows().isEmpty());
        store.runNext();
        assertTrue(timeline.completeProperty().get());
        assertEquals(TimelineOpening.LONG_TIMELINE - 1, timeline.totalCountProperty().get());
    }

    @Test
    void whileTheTimelineIsHiddenOnlyTheWholeRepairIsRead() {
        timeline.activeProperty().set(false);
        wizard.show(stored("Long", TimelineOpening.LONG_TIMELINE + 1));
        assertEquals(1, store.waiting());
    }

    @Test
    void anotherRelationshipChosenMeanwhileNeverShowsTheFirstOnesStart() {
        RelationshipItem first = stored("First", TimelineOpening.LONG_TIMELINE + 10);
        RelationshipItem second = stored("Second", 10);
        wizard.show(first);
        wizard.show(second);
        store.runNext();
        assertNull(wizard.openingProperty().get());
        assertTrue(timeline.rows().isEmpty());
        while (store.waiting() > 0) {
            store.runNext();
        }
        assertEquals(second.id(), wizard.repairProperty().get().relationshipId());
        assertEquals(10, timeline.totalCountProperty().get());
    }

    /** A relationship whose timeline has {@code items} items: commitments and conversations on many days. */
    private RelationshipItem stored(String name, int items) {
        Relationship relationship = workbook.relationships().create(Relationship.draft(name, CLOCK.instant()));
        List<Commitment> commitments = new ArrayList<>();
        List<Conversation> talks = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            LocalDate day = TODAY.minusDays(300).plusDays(i % 400);
            if (i % 2 == 0) {
                commitments.add(Commitment.planned("Commitment " + i, "Tom", day));
            } else {
                talks.add(Conversation.on(day, Channel.PHONE));
            }
        }
        workbook.repairCases().save(RepairCase.start(relationship.id()).withActionPlan(new ActionPlan(commitments))
                .withDialogue(new Dialogue(talks)));
        return new RelationshipItem(relationship);
    }

    private static List<Object> withoutPositions(List<TimelineRow> rows) {
        return rows.stream().map(row -> row instanceof TimelineRow.Item item
                ? List.of(item.item().date(), item.item().kind(), item.item().title()) : (Object) row).toList();
    }
}
