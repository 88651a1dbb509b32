package org.bridgework.ui.wizard;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.bridgework.fields.PrepareFields;
import org.bridgework.model.repair.ApologyWarranted;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Fact;
import org.bridgework.model.repair.MeetingPlan;
import org.bridgework.model.repair.Preparation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.text.Texts;
import org.bridgework.ui.form.FormGrid;
import org.bridgework.ui.form.ListSection;

/** Step 4: facts and their sources, their view, our key messages, whether to apologise, the meeting. */
final class PrepareWorksheet implements Worksheet {
    private final VBox view = new VBox(18);
    private final InsightBox advice = new InsightBox("advice.title");
    private final ListSection<Fact> facts;
    private final SheetForm<Preparation> fields;
    private final ListSection<String> messages;

    PrepareWorksheet(RepairCase repair, Runnable onEdit) {
        Preparation preparation = repair.preparation();
        facts = new ListSection<>("prepare.addFact", Texts.get("prepare.noFacts"),
                n -> Texts.get("prepare.fact", n), preparation.facts(), PrepareWorksheet::factCard,
                () -> new Fact("", ""), null, onEdit);
        FormGrid view1 = new FormGrid(onEdit);
        fields = new SheetForm<>(view1, preparation);
        fields.area("prepare.theirView", PrepareFields.THEIR_LIKELY_VIEW, 3);
        fields.area("prepare.theirInterests", PrepareFields.THEIR_INTERESTS, 3);
        messages = new ListSection<>("prepare.addMessage", Texts.get("prepare.noMessages"),
                n -> Texts.get("prepare.message", n), preparation.keyMessages(), PrepareWorksheet::messageCard,
                () -> "", null, onEdit);
        FormGrid meeting = new FormGrid(onEdit);
        fields.in(meeting).word("prepare.apologyWarranted", PrepareFields.APOLOGY_WARRANTED, ApologyWarranted.class);
        meeting.wide(AssessWorksheet.heading("prepare.meeting"));
        SheetForm<MeetingPlan> plan = new SheetForm<>(meeting, preparation.meeting());
        plan.text("prepare.who", PrepareFields.WHO);
        plan.date("prepare.when", PrepareFields.WHEN);
        plan.choice("prepare.channel", PrepareFields.MEETING_CHANNEL, Channel.class, Texts.get("choice.notChosen"));
        fields.nested(PrepareFields.MEETING, PrepareFields.MEETING_SHEET, plan);
        view.getChildren().addAll(advice, AssessWorksheet.heading("prepare.facts"), facts, view1,
                AssessWorksheet.heading("prepare.messages"), messages, meeting);
    }

    private static ListSection.Card<Fact> factCard(Fact fact, Runnable onEdit) {
        FormGrid form = new FormGrid(onEdit);
        TextArea statement = form.area("prepare.statement", fact.statement(), 2);
        TextArea source = form.sentence("prepare.source", fact.source());
        return Cards.of(form, statement, () -> new Fact(statement.getText(), source.getText()));
    }

    private static ListSection.Card<String> messageCard(String message, Runnable onEdit) {
        FormGrid form = new FormGrid(onEdit);
        TextArea text = form.area("prepare.messageText", message, 2);
        return Cards.of(form, text, text::getText);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void offerUndo(RepairUndo undo) {
        facts.setOnRemoved(undo.removals("undo.entry.fact", Fact::statement, r -> r.preparation().facts(),
                (r, list) -> r.withPreparation(r.preparation().withFacts(list))));
        messages.setOnRemoved(undo.removals("undo.entry.message", message -> message,
                r -> r.preparation().keyMessages(), (r, list) -> r.withPreparation(r.preparation().withKeyMessages(list))));
    }

    @Override
    public RepairCase applyTo(RepairCase current) {
        return current.withPreparation(fields.record(PrepareFields.SHEET,
                current.preparation().withFacts(facts.values()).withKeyMessages(messages.values())));
    }

    @Override
    public void refresh(RepairCase current) {
        advice.show(Advice.lines(RepairStep.PREPARE, current));
    }
}
