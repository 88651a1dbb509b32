package org.bridgework.ui.wizard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

/**
 * The six parts with the manager's ticks and what the check found, a note when the check cannot judge the draft
 * or no apology is warranted, and the marks of a non-apology, shown apart from the parts.
 */
final class ApologyCheckPane extends VBox {
    private final Map<ApologyComponent, ApologyPartRow> rows = new EnumMap<>(ApologyComponent.class);
    private final Label note = new Label();
    private final InsightBox warnings = new InsightBox("apologise.warnings");
    private final ApologyRejections rejections;
    private RepairCase last;
    private List<Object> lastKey;
    private ApologyCheck lastCheck;

    ApologyCheckPane(RepairCase repair, Runnable onEdit, ApologyRejections rejections) {
        super(8);
        this.rejections = rejections;
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
        getChildren().addAll(howTo, parts, note, warnings, limits);
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
        ApologyCheck check = checked(apology.draft(), apology.ticked(), rejections.of(current.relationshipId()));
        boolean noApology = current.preparation().apologyWarranted() == ApologyWarranted.NO;
        boolean judged = check.understood() && !apology.draft().isBlank();
        rows.forEach((component, row) -> row.show(check.understood() ? check.get(component) : null,
                !noApology && check.understood()));
        String text = noApology ? Texts.get("apologise.noApologyWarranted")
                : !check.understood() ? Texts.get("apologise.notEnglish") : "";
        note.setText(text);
        note.setVisible(!text.isEmpty());
        note.setManaged(!text.isEmpty());
        List<String> lines = new ArrayList<>();
        if (judged && !noApology) {
            for (ApologyWarning warning : check.warnings()) {
                lines.add("!\u26a0 " + Texts.get("apology.warning." + warning.kind().code()) + quoted(warning));
            }
        }
        warnings.show(lines);
        warnings.setVisible(!lines.isEmpty());
        warnings.setManaged(!lines.isEmpty());
    }

    /** The check runs on every edit anywhere in the step; only a changed draft, tick or rejection redoes it. */
    private ApologyCheck checked(String draft, Set<ApologyComponent> ticked, Set<ApologyComponent> rejected) {
        List<Object> key = List.of(draft, ticked, rejected);
        if (!key.equals(lastKey)) {
            lastKey = key;
            lastCheck = ApologyChecker.check(draft, ticked, rejected);
        }
        return lastCheck;
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

    String noteText() {
        return note.isVisible() ? note.getText() : "";
    }
}
