package org.bridgework.ui.wizard;

import java.util.Optional;
import org.bridgework.model.timeline.TimelineOpening;
import org.bridgework.store.MilestoneRepository;
import org.bridgework.store.RepairCaseRepository;

/** Reads the start of a long timeline, shown while the whole repair is still being read. */
final class OpeningRead {
    private OpeningRead() {
    }

    /** The start of the timeline of a repair with a long one ({@link TimelineOpening#LONG_TIMELINE}); empty for a shorter one. */
    static Optional<TimelineOpening> of(RepairCaseRepository source, MilestoneRepository reached, long id) {
        if (!source.hasDatedEntries(id, TimelineOpening.LONG_TIMELINE)) {
            return Optional.empty();
        }
        return source.nthEntryDay(id, TimelineOpening.ENTRIES)
                .map(through -> new TimelineOpening(source.loadThrough(id, through), reached.load(id), through));
    }

}
