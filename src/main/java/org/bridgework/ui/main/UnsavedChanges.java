package org.bridgework.ui.main;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import org.bridgework.store.SaveProblem;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.AutoSave;
import org.bridgework.ui.common.Flushes;
import org.bridgework.ui.common.SaveState;

/**
 * The window's edits not yet in the workbook, over all of its auto-saves (a relationship's details, its repair
 * steps): whether saving is failing, why, and what is not saved, in words for the banner and for the question
 * asked before quitting.
 */
final class UnsavedChanges {
    /** An auto-save and the name of the part of a relationship it saves ("details", "repair steps"). */
    record Part(AutoSave<?, ?> autoSave, String name) {
    }

    private final List<Part> parts;
    private final BooleanBinding failing;
    private final StringBinding message;

    UnsavedChanges(List<Part> parts) {
        this.parts = List.copyOf(parts);
        List<Observable> watched = new ArrayList<>();
        for (Part part : parts) {
            watched.addAll(List.of(part.autoSave().stateProperty(), part.autoSave().failureProperty(),
                    part.autoSave().unsavedProperty()));
        }
        Observable[] dependencies = watched.toArray(Observable[]::new);
        failing = Bindings.createBooleanBinding(
                () -> this.parts.stream().anyMatch(p -> p.autoSave().stateProperty().get() == SaveState.FAILED), dependencies);
        message = Bindings.createStringBinding(this::describe, dependencies);
    }

    /** True while some auto-save's last write failed. */
    BooleanBinding failing() {
        return failing;
    }

    /** "Your changes to “Acme” (details) could not be saved: the disk is full."; empty while nothing fails. */
    StringBinding message() {
        return message;
    }

    /** The kind of the first failure; null while nothing fails. */
    SaveProblem problem() {
        return firstFailed().map(p -> p.autoSave().problemProperty().get()).orElse(null);
    }

    /** True if any edit is not written yet, failing or just waiting for the pause. */
    boolean any() {
        return parts.stream().anyMatch(p -> p.autoSave().hasUnsaved());
    }

    /**
     * Writes every pending edit at once, then tells {@code done} (on the JavaFX thread) whether all were written;
     * nothing waits meanwhile. Call on the JavaFX thread.
     */
    void flush(Consumer<Boolean> done) {
        Flushes.all(parts, (part, written) -> part.autoSave().flush(written), done);
    }

    /** Tries every failed or pending write again at once, without waiting for the next retry. */
    void retryNow() {
        parts.forEach(part -> part.autoSave().retryNow());
    }

    /** True while a retry asked for with {@link #retryNow()} is under way. */
    BooleanBinding trying() {
        return Bindings.createBooleanBinding(() -> parts.stream().anyMatch(p -> p.autoSave().tryingProperty().get()),
                parts.stream().map(p -> p.autoSave().tryingProperty()).toArray(Observable[]::new));
    }

    private java.util.Optional<Part> firstFailed() {
        return parts.stream().filter(p -> p.autoSave().stateProperty().get() == SaveState.FAILED).findFirst();
    }

    private String describe() {
        return firstFailed().map(failed -> {
            String reason = failed.autoSave().failureProperty().get();
            String what = whatIsUnsaved();
            return what.isEmpty() ? Texts.get("saveFailed.messageUnnamed", reason) : Texts.get("saveFailed.message", what, reason);
        }).orElse("");
    }

    /** "“Acme” (details and repair steps), “Birch” (repair steps)": every relationship with an unsaved part. */
    String whatIsUnsaved() {
        Map<String, List<String>> partsByName = new LinkedHashMap<>();
        for (Part part : parts) {
            for (String name : part.autoSave().unsavedProperty().get()) {
                if (name != null && !name.isBlank()) {
                    partsByName.computeIfAbsent(name, key -> new ArrayList<>()).add(part.name());
                }
            }
        }
        List<String> items = new ArrayList<>();
        partsByName.forEach((name, names) -> items.add(Texts.get("saveFailed.item", name, joined(names, "saveFailed.parts"))));
        return list(items);
    }

    /** Up to three named in full, then "and 4 more", so the banner stays one or two lines. */
    static String list(List<String> items) {
        if (items.size() > 3) {
            return Texts.get("saveFailed.more", String.join(", ", items.subList(0, 3)), items.size() - 3);
        }
        return joined(items, "saveFailed.list");
    }

    private static String joined(List<String> items, String andKey) {
        Objects.requireNonNull(items);
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return Texts.get(andKey, String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }
}
