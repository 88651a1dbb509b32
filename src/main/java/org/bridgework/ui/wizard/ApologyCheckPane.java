package org.bridgework.ui.wizard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.bridgework.model.repair.ApologyCheck;
import org.bridgework.model.repair.ApologyChecker;
import org.bridgework.model.repair.ApologyComponent;
import org.bridgework.model.repair.ApologyWarning;
import org.bridgework.model.repair.ApologyWarranted;
import org.bridgework.model.repair.MatchedWords;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.TaskRunner;

/**
 * The six parts with the manager's ticks and what the check found, a note when the check cannot judge the draft
 * or no apology is warranted, and the marks of a non-apology, shown apart from the parts.
 * <p>
 * The check takes over 100 ms on a long draft, so it runs on the compute thread: {@link #TYPING_PAUSE} after the
 * last change to the draft (at once for a tick or a rejection), and a result is shown only if the draft, ticks
 * and rejections are still the ones it was made for. Until then the last result stays, marked as checking.
 */
final class ApologyCheckPane extends VBox {
    /** How long typing must pause before the draft is checked again. */
    static final javafx.util.Duration TYPING_PAUSE = javafx.util.Duration.millis(250);
    private static final System.Logger LOG = System.getLogger(ApologyCheckPane.class.getName());

    private final Map<ApologyComponent, ApologyPartRow> rows = new EnumMap<>(ApologyComponent.class);
    private final Label note = new Label();
    private final Label checking = new Label(Texts.get("apologise.checking"));
    private final InsightBox warnings = new InsightBox("apologise.warnings");
    private final ApologyRejections rejections;
    private final TaskRunner compute;
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);
    private RepairCase last;
    /** What the check should be run on now, and what the result shown was made for. */
    private CheckInput wanted;
    private CheckInput shownFor;
    private ApologyCheck shown;
    private String failure = "";

    /** The draft, ticks and rejections a check is made for; a result for any other is stale. */
    private record CheckInput(String draft, Set<ApologyComponent> ticked, Set<ApologyComponent> rejected) {
        ApologyCheck check() {
            return ApologyChecker.check(draft, ticked, rejected);
        }
    }

    ApologyCheckPane(RepairCase repair, Runnable onEdit, ApologyRejections rejections, TaskRunner compute) {
        super(8);
        this.rejections = rejections;
        this.compute = compute;
        typing.setOnFinished(event -> submit());
        Set<ApologyComponent> ticked = repair.reconciliation().apology().ticked();
        VBox parts = new VBox(8);
        for (ApologyComponent component : ApologyComponent.values()) {
            ApologyPartRow row = new ApologyPartRow(component, ticked.contains(component), onEdit,
                    () -> changeRejection(component, true), () -> changeRejection(component, false));
            rows.put(component, row);
            parts.getChildren().add(row);
        }
        note.setWrapText(true);
        note.getStyleClass().add("apology-check-note");
        Label limits = new Label(Texts.get("apologise.checkLimits"));
        limits.setWrapText(true);
        limits.getStyleClass().add("text-muted");
        Label howTo = new Label(Texts.get("apologise.howToConfirm"));
        howTo.setWrapText(true);
        howTo.getStyleClass().add("text-muted");
        checking.getStyleClass().addAll("text-muted", "apology-checking");
        checking.setVisible(false);
        getChildren().addAll(howTo, checking, parts, note, warnings, limits);
    }

    Set<ApologyComponent> ticked() {
        Set<ApologyComponent> ticked = EnumSet.noneOf(ApologyComponent.class);
        rows.forEach((component, row) -> {
            if (row.ticked()) {
                ticked.add(component);
            }
        });
        return ticked;
    }

    ApologyPartRow row(ApologyComponent component) {
        return rows.get(component);
    }

    private void changeRejection(ApologyComponent component, boolean reject) {
        if (last == null) {
            return;
        }
        if (reject) {
            rejections.reject(last.relationshipId(), component);
        } else {
            rejections.restore(last.relationshipId(), component);
        }
        refresh(last);
        rows.get(component).tickBox().requestFocus();
    }

    void refresh(RepairCase current) {
        last = current;
        var apology = current.reconciliation().apology();
        CheckInput input = new CheckInput(apology.draft(), Set.copyOf(apology.ticked()),
                Set.copyOf(rejections.of(current.relationshipId())));
        if (input.equals(shownFor)) {
            // Back to what is shown (or an edit elsewhere in the step): nothing to check, drop what was waiting.
            typing.stop();
            wanted = input;
            setChecking(false);
            show();
            return;
        }
        if (input.equals(wanted)) {
            show();
            return;
        }
        boolean typed = wanted != null && !wanted.draft().equals(input.draft());
        wanted = input;
        setChecking(true);
        if (typed && shown != null) {
            typing.playFromStart();
        } else {
            typing.stop();
            submit();
        }
    }

    private void submit() {
        CheckInput input = wanted;
        compute.run(input::check, result -> {
            if (input.equals(wanted)) {
                shownFor = input;
                shown = result;
                failure = "";
                setChecking(false);
                show();
            }
        }, error -> {
            LOG.log(System.Logger.Level.ERROR, "The apology check failed", error);
            if (input.equals(wanted)) {
                failure = Texts.get("apologise.checkFailed", String.valueOf(error.getMessage()));
                setChecking(false);
                show();
            }
        });
    }

    private void setChecking(boolean busy) {
        checking.setVisible(busy);
    }

    /** Shows the last result that still matched when it came, with the case as it is now. */
    private void show() {
        boolean noApology = last.preparation().apologyWarranted() == ApologyWarranted.NO;
        String text = !failure.isEmpty() ? failure : noApology ? Texts.get("apologise.noApologyWarranted") : "";
        List<String> lines = new ArrayList<>();
        if (shown != null) {
            boolean judged = shown.understood() && !shownFor.draft().isBlank();
            rows.forEach((component, row) -> row.show(shown.understood() ? shown.get(component) : null,
                    !noApology && shown.understood()));
            if (text.isEmpty() && !shown.understood()) {
                text = Texts.get("apologise.notEnglish");
            }
            if (judged && !noApology) {
                for (ApologyWarning warning : shown.warnings()) {
                    lines.add("!\u26a0 " + Texts.get("apology.warning." + warning.kind().code()) + quoted(warning));
                }
            }
        }
        note.setText(text);
        note.setVisible(!text.isEmpty());
        note.setManaged(!text.isEmpty());
        warnings.show(lines);
        warnings.setVisible(!lines.isEmpty());
        warnings.setManaged(!lines.isEmpty());
    }

    private static String quoted(ApologyWarning warning) {
        if (warning.where().isEmpty()) {
            return "";
        }
        return " (\u201c" + warning.where().stream().map(MatchedWords::words).distinct()
                .collect(Collectors.joining("\u201d, \u201c")) + "\u201d)";
    }

    /** The warning lines shown, for tests. */
    List<String> warningLines() {
        return warnings.getChildren().stream().skip(1).map(n -> ((Label) n).getText()).toList();
    }

    /** Whether a check is waiting or running, for tests. */
    boolean checking() {
        return checking.isVisible();
    }

    String noteText() {
        return note.isVisible() ? note.getText() : "";
    }
}
