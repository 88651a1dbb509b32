package org.bridgework.ui.wizard;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
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
import org.bridgework.ui.form.Option;
import org.bridgework.ui.form.ValidatedField;

/** Step 4: facts and their sources, their view, our key messages, whether to apologise, the meeting. */
final class PrepareWorksheet implements Worksheet {
    private final VBox view = new VBox(18);
    private final InsightBox advice = new InsightBox("advice.title");
    private final ListSection<Fact> facts;
    private final TextArea theirView;
    private final TextArea theirInterests;
    private final ListSection<String> messages;
    private final ComboBox<Option<ApologyWarranted>> apologyWarranted;
    private final TextField who;
    private final ValidatedField<Optional<java.time.LocalDate>> when;
    private final ComboBox<Option<Channel>> channel;

    PrepareWorksheet(RepairCase repair, Runnable onEdit) {
        Preparation preparation = repair.preparation();
        facts = new ListSection<>("prepare.addFact", Texts.get("prepare.noFacts"),
                n -> Texts.get("prepare.fact", n), preparation.facts(), PrepareWorksheet::factCard,
                () -> new Fact("", ""), null, onEdit);
        FormGrid view1 = new FormGrid(onEdit);
        theirView = view1.area("prepare.theirView", preparation.theirLikelyView(), 3);
        theirInterests = view1.area("prepare.theirInterests", preparation.theirInterests(), 3);
        messages = new ListSection<>("prepare.addMessage", Texts.get("prepare.noMessages"),
                n -> Texts.get("prepare.message", n), preparation.keyMessages(), PrepareWorksheet::messageCard,
                () -> "", null, onEdit);
        FormGrid meeting = new FormGrid(onEdit);
        apologyWarranted = meeting.choice("prepare.apologyWarranted", EnumNames.all(ApologyWarranted.class),
                preparation.apologyWarranted(), EnumNames::of, null);
        meeting.wide(AssessWorksheet.heading("prepare.meeting"));
        who = meeting.text("prepare.who", preparation.meeting().who());
        when = meeting.date("prepare.when", preparation.meeting().when());
        channel = meeting.choice("prepare.channel", EnumNames.all(Channel.class), preparation.meeting().channel().orElse(null),
                EnumNames::of, Texts.get("choice.notChosen"));
        view.getChildren().addAll(advice, AssessWorksheet.heading("prepare.facts"), facts, view1,
                AssessWorksheet.heading("prepare.messages"), messages, meeting);
    }

    private static ListSection.Card<Fact> factCard(Fact fact, Runnable onEdit) {
        FormGrid form = new FormGrid(onEdit);
        TextArea statement = form.area("prepare.statement", fact.statement(), 2);
        TextField source = form.text("prepare.source", fact.source());
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
                (r, list) -> {
                    Preparation p = r.preparation();
                    return r.withPreparation(new Preparation(list, p.theirLikelyView(), p.theirInterests(),
                            p.keyMessages(), p.apologyWarranted(), p.meeting()));
                }));
        messages.setOnRemoved(undo.removals("undo.entry.message", message -> message,
                r -> r.preparation().keyMessages(), (r, list) -> r.withPreparation(r.preparation().withKeyMessages(list))));
    }

    @Override
    public RepairCase applyTo(RepairCase current) {
        return current.withPreparation(new Preparation(facts.values(), theirView.getText(), theirInterests.getText(),
                messages.values(), apologyWarranted.getValue().value(),
                new MeetingPlan(who.getText(), when.value(), Optional.ofNullable(channel.getValue().value()))));
    }

    @Override
    public void refresh(RepairCase current) {
        advice.show(Advice.lines(RepairStep.PREPARE, current));
    }
}
