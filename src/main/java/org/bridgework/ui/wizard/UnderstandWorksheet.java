package org.bridgework.ui.wizard;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.bridgework.fields.UnderstandFields;
import org.bridgework.model.repair.BreachClassifier;
import org.bridgework.model.repair.BreachType;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepeatExpected;
import org.bridgework.model.repair.TheirReading;
import org.bridgework.model.repair.Understanding;
import org.bridgework.text.Texts;
import org.bridgework.ui.form.FormGrid;
import org.bridgework.ui.form.ListSection;
import org.bridgework.ui.form.Option;
import org.bridgework.ui.form.ValidatedField;

/** Step 2: what happened and why: the incidents, both accounts, the root cause, the kind of breach. */
final class UnderstandWorksheet implements Worksheet {
    private final VBox view = new VBox(18);
    private final ListSection<Incident> incidents;
    private final InsightBox breach = new InsightBox("understand.breachSuggestion");
    private final SheetForm<Understanding> fields;

    UnderstandWorksheet(RepairCase repair, Runnable onEdit) {
        Understanding understanding = repair.understanding();
        incidents = new ListSection<>("understand.addIncident", Texts.get("understand.noIncidents"),
                n -> Texts.get("understand.incident", n), understanding.incidents(), UnderstandWorksheet::card,
                () -> new Incident(Optional.empty(), "", IncidentKind.MISSED_DEADLINE),
                Cards.byDate(Incident::date), onEdit);
        FormGrid form = new FormGrid(onEdit);
        fields = new SheetForm<>(form, understanding);
        form.wide(AssessWorksheet.heading("understand.theirReadingHeading"));
        fields.choice("understand.theirReading", UnderstandFields.THEIR_READING, TheirReading.class,
                Texts.get("understand.notKnownYet"));
        fields.choice("understand.repeatExpected", UnderstandFields.REPEAT_EXPECTED, RepeatExpected.class,
                Texts.get("understand.notKnownYet"));
        form.wide(breach);
        fields.choice("understand.breachType", UnderstandFields.BREACH_OVERRIDE, BreachType.class,
                Texts.get("understand.useSuggestion"));
        fields.area("understand.theirAccount", UnderstandFields.THEIR_ACCOUNT, 4);
        fields.area("understand.ourAccount", UnderstandFields.OUR_ACCOUNT, 4);
        fields.area("understand.rootCause", UnderstandFields.ROOT_CAUSE, 3);
        fields.check("understand.widerProblem", UnderstandFields.WIDER_PROBLEM);
        fields.area("understand.widerProblemNote", UnderstandFields.WIDER_PROBLEM_NOTE, 2);
        view.getChildren().addAll(AssessWorksheet.heading("understand.incidents"), incidents, form);
    }

    private static ListSection.Card<Incident> card(Incident incident, Runnable onEdit) {
        FormGrid form = new FormGrid(onEdit);
        ValidatedField<Optional<java.time.LocalDate>> date = form.date("understand.incidentDate", incident.date());
        ComboBox<Option<IncidentKind>> kind = form.choice("understand.incidentKind", EnumNames.all(IncidentKind.class),
                incident.kind(), EnumNames::of, null);
        TextArea description = form.area("understand.incidentDescription", incident.description(), 3);
        return Cards.of(form, date.field(), () -> new Incident(date.value(), description.getText(), kind.getValue().value()));
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void offerUndo(RepairUndo undo) {
        incidents.setOnRemoved(undo.removals("undo.entry.incident", Incident::description,
                r -> r.understanding().incidents(), (r, list) -> r.withUnderstanding(r.understanding().withIncidents(list))));
    }

    @Override
    public RepairCase applyTo(RepairCase current) {
        return current.withUnderstanding(fields.record(UnderstandFields.SHEET,
                current.understanding().withIncidents(incidents.values())));
    }

    @Override
    public void refresh(RepairCase current) {
        Understanding understanding = current.understanding();
        Optional<BreachType> suggested = BreachClassifier.suggest(understanding);
        Optional<BreachType> effective = BreachClassifier.effectiveBreachType(understanding);
        String from = understanding.theirReading().isPresent() ? "understand.suggestedFromReading" : "understand.suggested";
        breach.show(List.of(
                suggested.map(type -> Texts.get(from, EnumNames.of(type)))
                        .orElse(Texts.get("understand.noSuggestion")),
                effective.map(type -> Texts.get("understand.effective", EnumNames.of(type), 
                        Texts.guidance("breach." + type.name()))).orElse("")));
    }
}
