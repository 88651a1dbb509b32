package org.bridgework.ui.wizard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentKind;
import org.bridgework.model.repair.CommitmentProblem;
import org.bridgework.model.repair.CommitmentRules;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.Severity;
import org.bridgework.text.Texts;
import org.bridgework.ui.form.CompactRows;
import org.bridgework.ui.form.DateText;
import org.bridgework.ui.form.FormGrid;
import org.bridgework.ui.form.ListSection;
import org.bridgework.ui.form.Option;
import org.bridgework.ui.form.ValidatedField;

/** Step 7: measurable commitments: what, who, by when, how they will see it was done, and where it stands. */
final class ActWorksheet implements Worksheet {
    private final VBox view = new VBox(18);
    private final ListSection<Commitment> commitments;
    private final InsightBox advice = new InsightBox("advice.title");

    ActWorksheet(RepairCase repair, Runnable onEdit, LocalDate today) {
        commitments = new ListSection<>("act.add", Texts.get("act.none"),
                n -> Texts.get("act.commitment", n), repair.actionPlan().commitments(),
                (commitment, edit) -> card(commitment, edit, today),
                () -> Commitment.planned("", "", null), Cards.byDate(Commitment::due), onEdit);
        commitments.showCompact(columns(today));
        view.getChildren().addAll(advice, AssessWorksheet.heading("act.commitments"), commitments);
    }

    @Override
    public void refresh(RepairCase current) {
        advice.show(Advice.lines(RepairStep.ACT, current));
    }

    /** The compact table of commitments: what, owner, due, status; an overdue one says so in words and a sign. */
    private static CompactRows.Columns<Commitment> columns(LocalDate today) {
        java.util.LinkedHashMap<String, java.util.Comparator<Commitment>> orders = new java.util.LinkedHashMap<>();
        orders.put(Texts.get("act.order.due"), Cards.byDate(Commitment::due));
        orders.put(Texts.get("act.order.status"), java.util.Comparator.comparing(c -> CommitmentRules.displayStatus(c, today)));
        orders.put(Texts.get("act.order.owner"), java.util.Comparator.comparing(c -> c.owner().strip().toLowerCase(java.util.Locale.ROOT)));
        orders.put(Texts.get("act.order.entered"), null);
        return new CompactRows.Columns<>(
                List.of(Texts.get("act.what"), Texts.get("act.owner"), Texts.get("act.due"), Texts.get("act.status")),
                c -> List.of(c.what(), c.owner(), c.due().map(DateText::of).orElse(""),
                        EnumNames.of(CommitmentRules.displayStatus(c, today))),
                c -> CommitmentRules.displayStatus(c, today) == org.bridgework.model.repair.DisplayStatus.OVERDUE,
                orders);
    }

    private static ListSection.Card<Commitment> card(Commitment commitment, Runnable onEdit, LocalDate today) {
        Label problems = new Label();
        problems.setWrapText(true);
        Label status = new Label();
        status.getStyleClass().add("status-tag");
        Commitment[] current = {commitment};
        Runnable[] recheck = new Runnable[1];
        FormGrid form = new FormGrid(() -> {
            recheck[0].run();
            onEdit.run();
        });
        TextArea what = form.sentence("act.what", commitment.what());
        TextField owner = form.text("act.owner", commitment.owner());
        ValidatedField<Optional<LocalDate>> due = form.date("act.due", commitment.due());
        TextArea measure = form.sentence("act.measure", commitment.measureOfSuccess());
        measure.setPromptText(Texts.get("act.measure.prompt"));
        ComboBox<Option<CommitmentStatus>> state = form.choice("act.status", EnumNames.all(CommitmentStatus.class),
                commitment.status(), EnumNames::of, null);
        ValidatedField<Optional<LocalDate>> completed = form.date("act.completedOn", commitment.completedOn());
        TextArea evidence = form.sentence("act.evidence", commitment.evidence());
        ComboBox<Option<CommitmentKind>> kind = form.choice("act.kind", EnumNames.all(CommitmentKind.class),
                commitment.kind().orElse(null), EnumNames::of, Texts.get("choice.notChosen"));
        CheckBox beyond = form.check("act.beyond", commitment.beyondWhatWasAsked());
        form.row("act.check", new VBox(4, status, problems));
        java.util.function.Supplier<Commitment> value = () -> new Commitment(what.getText(), owner.getText(), due.value(),
                measure.getText(), state.getValue().value(), completed.value(), evidence.getText(), beyond.isSelected(),
                Optional.ofNullable(kind.getValue().value()));
        recheck[0] = () -> {
            current[0] = value.get();
            show(current[0], today, status, problems);
        };
        show(commitment, today, status, problems);
        return Cards.of(form, what, value);
    }

    private static void show(Commitment commitment, LocalDate today, Label status, Label problems) {
        status.setText(EnumNames.of(CommitmentRules.displayStatus(commitment, today)));
        status.getStyleClass().removeIf(style -> style.startsWith("status-"));
        status.getStyleClass().addAll("status-tag", "status-" + CommitmentRules.displayStatus(commitment, today).name()
                .toLowerCase(java.util.Locale.ROOT));
        List<CommitmentProblem> found = CommitmentRules.problems(commitment);
        problems.setText(found.stream().map(problem -> Texts.guidance("commitment.problem." + problem.name()))
                .collect(Collectors.joining("\n")));
        problems.getStyleClass().setAll("label", found.stream().anyMatch(p -> p.severity() == Severity.ERROR)
                ? "field-problem" : "text-muted");
    }

    @Override
    public void addEntry() {
        commitments.addBlank();
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void offerUndo(RepairUndo undo) {
        commitments.setOnRemoved(undo.removals("undo.entry.commitment", Commitment::what,
                r -> r.actionPlan().commitments(), (r, list) -> r.withActionPlan(new ActionPlan(list))));
    }

    @Override
    public RepairCase applyTo(RepairCase current) {
        return current.withActionPlan(new ActionPlan(commitments.values()));
    }
}
