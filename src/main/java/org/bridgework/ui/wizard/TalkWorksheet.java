package org.bridgework.ui.wizard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairOffer;
import org.bridgework.model.repair.Sentiment;
import org.bridgework.text.Texts;
import org.bridgework.ui.form.FormGrid;
import org.bridgework.ui.form.ListSection;
import org.bridgework.ui.form.Option;
import org.bridgework.ui.form.ValidatedField;

/**
 * Step 5: the log of conversations: what they said, what they want, what it showed us, what was agreed. An
 * agreed next step becomes a commitment in Act in one action ({@link CommitmentLink}).
 */
final class TalkWorksheet implements Worksheet {
    private final VBox view = new VBox(18);
    private final ListSection<Conversation> conversations;
    /** The commitments in Act as last saved, so each agreed next step can show the commitment made from it. */
    private final ObjectProperty<List<Commitment>> commitments = new SimpleObjectProperty<>(List.of());
    private final Consumer<RepairOffer> toCommitment;

    /** @param toCommitment turns an agreed next step into a planned commitment in Act */
    TalkWorksheet(RepairCase repair, Runnable onEdit, LocalDate today, Consumer<RepairOffer> toCommitment) {
        this.toCommitment = toCommitment;
        commitments.set(repair.actionPlan().commitments());
        conversations = new ListSection<>("talk.add", Texts.get("talk.none"),
                n -> Texts.get("talk.conversation", n), repair.dialogue().conversations(), this::card,
                () -> Conversation.on(today, Channel.MEETING), Cards.byDate(c -> Optional.of(c.date())), onEdit);
        // A repair holds several conversations over weeks: rows of when, how and how it felt keep them scannable.
        java.util.LinkedHashMap<String, java.util.Comparator<Conversation>> orders = new java.util.LinkedHashMap<>();
        orders.put(Texts.get("list.order.date"), java.util.Comparator.comparing(Conversation::date));
        orders.put(Texts.get("list.order.latest"), java.util.Comparator.comparing(Conversation::date).reversed());
        orders.put(Texts.get("act.order.entered"), null);
        conversations.showCompact(new org.bridgework.ui.form.CompactRows.Columns<>(
                List.of(Texts.get("talk.conversation.row"), Texts.get("talk.channel"), Texts.get("talk.sentiment")),
                c -> List.of(org.bridgework.ui.form.DateText.of(c.date()) + " \u2014 " + String.join(", ", c.participants()),
                        EnumNames.of(c.channel()), c.sentiment().map(EnumNames::of).orElse("")),
                c -> false, orders));
        view.getChildren().addAll(AssessWorksheet.heading("talk.conversations"), conversations);
    }

    private ListSection.Card<Conversation> card(Conversation talk, Runnable onEdit) {
        FormGrid form = new FormGrid(onEdit);
        ValidatedField<Optional<LocalDate>> date = form.requiredDate("talk.date", talk.date());
        ComboBox<Option<Channel>> channel = form.choice("talk.channel", EnumNames.all(Channel.class), talk.channel(),
                EnumNames::of, null);
        TextField participants = form.text("talk.participants", String.join(", ", talk.participants()));
        participants.setPromptText(Texts.get("talk.participants.prompt"));
        TextArea differently = form.area("talk.differently", talk.couldHaveDoneDifferently(), 3);
        TextArea wantNow = form.area("talk.wantNow", talk.whatTheyWantNow(), 3);
        TextArea revealed = form.area("talk.revealed", talk.revealedAboutUs(), 2);
        TextArea nextSteps = form.area("talk.nextSteps", talk.agreedNextSteps(), 2);
        form.row("talk.nextStepsAction", CommitmentLink.of(nextSteps, commitments, toCommitment));
        ComboBox<Option<Sentiment>> sentiment = form.choice("talk.sentiment", EnumNames.all(Sentiment.class),
                talk.sentiment().orElse(null), EnumNames::of, Texts.get("choice.notChosen"));
        return Cards.of(form, date.field(), () -> new Conversation(date.value().orElse(talk.date()),
                channel.getValue().value(), names(participants.getText()), differently.getText(), wantNow.getText(),
                revealed.getText(), nextSteps.getText(), Optional.ofNullable(sentiment.getValue().value())));
    }

    /** "Maria Weiß, Tom; Ana" → three names; empty parts dropped. */
    static java.util.List<String> names(String typed) {
        return Arrays.stream(typed.split("[,;\n]")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    @Override
    public void addEntry() {
        conversations.addBlank();
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void offerUndo(RepairUndo undo) {
        conversations.setOnRemoved(undo.removals("undo.entry.conversation", c -> "",
                r -> r.dialogue().conversations(), (r, list) -> r.withDialogue(new Dialogue(list))));
    }

    @Override
    public RepairCase applyTo(RepairCase current) {
        return current.withDialogue(new Dialogue(conversations.values()));
    }

    @Override
    public void refresh(RepairCase current) {
        commitments.set(current.actionPlan().commitments());
    }
}
