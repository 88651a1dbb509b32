package org.bridgework.model.team;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bridgework.model.repair.RepairCase;

/**
 * The three-way merge of a repair saved by two people: what this window started from ({@code base}), what it holds
 * now ({@code mine}) and what is stored now ({@code theirs}). A value only one side changed takes that side's; a
 * text both changed differently keeps theirs and is reported as a {@link TextConflict} (mine is never written over
 * theirs unseen). Any other value both changed (a rating, a date, a choice) takes mine, the later save; the server's
 * history keeps theirs. Lists merge entry by entry while both keep the base's length; entries both only added are
 * all kept; other changes of a list's shape by both take mine.
 */
public final class RepairMerge {
    private final Optional<ChangeStamp> saved;
    private final List<TextConflict> conflicts = new ArrayList<>();

    private RepairMerge(Optional<ChangeStamp> saved) {
        this.saved = saved;
    }

    /**
     * @param saved who saved {@code theirs} last, and when, for the conflicts' side-by-side view
     */
    public static Result of(RepairCase base, RepairCase mine, RepairCase theirs, Optional<ChangeStamp> saved) {
        RepairMerge merge = new RepairMerge(saved);
        RepairCase merged = (RepairCase) merge.value(base, mine, theirs, "", List.of());
        return new Result(merged, List.copyOf(merge.conflicts));
    }

    /** The merged repair (theirs in each conflicting text) and the texts that met. */
    public record Result(RepairCase merged, List<TextConflict> conflicts) {
    }

    private Object value(Object base, Object mine, Object theirs, String path, List<Integer> entry) {
        if (Objects.equals(mine, base) || Objects.equals(mine, theirs)) {
            return theirs;
        }
        if (Objects.equals(theirs, base)) {
            return mine;
        }
        if (mine instanceof String m && theirs instanceof String t && base instanceof String b) {
            conflicts.add(new TextConflict(path, RecordPath.entry(entry), b, t, m, saved));
            return theirs;
        }
        if (mine instanceof Optional<?> m && theirs instanceof Optional<?> t && base instanceof Optional<?> b
                && m.isPresent() && t.isPresent() && b.isPresent()) {
            return Optional.of(value(b.get(), m.get(), t.get(), path, entry));
        }
        if (mine instanceof Record m && theirs instanceof Record t && base instanceof Record b
                && m.getClass() == t.getClass() && b.getClass() == m.getClass()) {
            return record(b, m, t, path, entry);
        }
        if (mine instanceof List<?> m && theirs instanceof List<?> t && base instanceof List<?> b) {
            return list(b, m, t, path, entry);
        }
        return mine;
    }

    private Object list(List<?> base, List<?> mine, List<?> theirs, String path, List<Integer> entry) {
        if (mine.size() == base.size() && theirs.size() == base.size()) {
            List<Object> merged = new ArrayList<>();
            for (int i = 0; i < base.size(); i++) {
                merged.add(value(base.get(i), mine.get(i), theirs.get(i), path, with(entry, i)));
            }
            return List.copyOf(merged);
        }
        if (startsWith(mine, base) && startsWith(theirs, base)) {
            List<Object> both = new ArrayList<>(theirs);
            both.addAll(mine.subList(base.size(), mine.size()));
            return List.copyOf(both);
        }
        return mine;
    }

    private Record record(Record base, Record mine, Record theirs, String path, List<Integer> entry) {
        RecordComponent[] components = mine.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            values[i] = value(RecordPath.read(components[i], base), RecordPath.read(components[i], mine),
                    RecordPath.read(components[i], theirs), path.isEmpty() ? name : path + "." + name, entry);
        }
        return RecordPath.build(mine.getClass(), components, values);
    }

    private static boolean startsWith(List<?> list, List<?> prefix) {
        return list.size() >= prefix.size() && list.subList(0, prefix.size()).equals(prefix);
    }

    private static List<Integer> with(List<Integer> entry, int index) {
        List<Integer> longer = new ArrayList<>(entry);
        longer.add(index);
        return List.copyOf(longer);
    }
}
