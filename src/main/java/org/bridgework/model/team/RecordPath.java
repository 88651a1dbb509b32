package org.bridgework.model.team;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bridgework.model.repair.RepairCase;

/**
 * A text of a repair named by the record components that lead to it ({@code understanding.rootCause}) and, for a
 * text in a list, the entries' indices ({@code "2"}, or {@code "1/0"} for a list in a list): how {@link RepairMerge}
 * names a conflict, and how a chosen text is put back.
 */
public final class RecordPath {
    private RecordPath() {
    }

    /** The text at {@code field} and {@code entry} in {@code repair}. */
    public static String text(RepairCase repair, String field, String entry) {
        return (String) walk(repair, field.split("\\."), 0, indices(entry), null);
    }

    /** {@code repair} with the text at {@code field} and {@code entry} replaced by {@code text}. */
    public static RepairCase withText(RepairCase repair, String field, String entry, String text) {
        return (RepairCase) walk(repair, field.split("\\."), 0, indices(entry), text);
    }

    /** Whether {@code field} and {@code entry} name a text of {@code repair}. */
    public static boolean names(RepairCase repair, String field, String entry) {
        try {
            return text(repair, field, entry) != null;
        } catch (RuntimeException e) {
            return false; // not a path, an entry no longer there, or not a text
        }
    }

    static String entry(List<Integer> indices) {
        return indices.stream().map(String::valueOf).collect(Collectors.joining("/"));
    }

    /** Reads (replacement null) or replaces the value at the path; returns what was read, or the new whole. */
    private static Object walk(Object value, String[] names, int at, Deque<Integer> indices, String replacement) {
        if (value instanceof List<?> list) {
            int index = indices.removeFirst();
            Object inner = walk(list.get(index), names, at, indices, replacement);
            if (replacement == null) {
                return inner;
            }
            List<Object> copy = new ArrayList<>(list);
            copy.set(index, inner);
            return List.copyOf(copy);
        }
        if (value instanceof Optional<?> optional) {
            Object inner = walk(optional.isPresent() ? optional.get() : "", names, at, indices, replacement);
            return replacement == null ? inner : Optional.of(inner);
        }
        if (at == names.length) {
            return replacement == null ? value : replacement;
        }
        if (!(value instanceof Record record)) {
            throw new IllegalArgumentException(String.join(".", names) + " names no text");
        }
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            values[i] = read(components[i], record);
            if (components[i].getName().equals(names[at])) {
                Object inner = walk(values[i], names, at + 1, indices, replacement);
                if (replacement == null) {
                    return inner;
                }
                values[i] = inner;
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException(String.join(".", names) + " names no text");
        }
        return build(record.getClass(), components, values);
    }

    private static Deque<Integer> indices(String entry) {
        Deque<Integer> indices = new ArrayDeque<>();
        if (!entry.isEmpty()) {
            Arrays.stream(entry.split("/")).map(Integer::valueOf).forEach(indices::addLast);
        }
        return indices;
    }

    static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Could not read " + component.getName(), e);
        }
    }

    static Record build(Class<?> type, RecordComponent[] components, Object[] values) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return (Record) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not make a " + type.getSimpleName(), e);
        }
    }
}
