package org.bridgework.ui.wizard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.bridgework.model.repair.Apology;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.Forgiveness;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairOffer;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.form.FormGrid;
import org.bridgework.ui.form.ListSection;
import org.bridgework.ui.form.Option;
import org.bridgework.ui.form.ValidatedField;

/** Step 6: the apology, checked against the six parts of an effective one; offers of repair; forgiveness. */
final class ApologiseWorksheet implements Worksheet {
    /** How far ahead a commitment made from an offer of repair falls due, until the manager sets a date. */
    static final int OFFER_DUE_IN_DAYS = 14;

    private final VBox view = new VBox(18);
    private final InsightBox advice = new InsightBox("advice.title");
    private final TextArea draft;
    private final ApologyCheckPane check;
    private final ListSection<RepairOffer> offers;
    private final ValidatedField<Optional<LocalDate>> givenOn;
    private final ComboBox<Option<Channel>> channel;
    private final TextArea response;
    private final TextArea responseInstead;
    private final TextArea forgive;
    private final TextArea moveOn;
    /** The commitments in Act as last saved, so each offer can show the commitment made from it. */
    private final ObjectProperty<List<Commitment>> commitments = new SimpleObjectProperty<>(List.of());

    /** Without the e-mail draft's action (it does nothing). */
    ApologiseWorksheet(RepairCase repair, Runnable onEdit, Consumer<RepairOffer> toCommitment,
                       ApologyRejections rejections, TaskRunner compute) {
        this(repair, onEdit, toCommitment, rejections, compute, () -> { });
    }

    /**
     * @param toCommitment turns an offer of repair into a planned commitment in Act (one action)
     * @param compute runs the apology check off the JavaFX thread
     * @param draftMail makes the apology an e-mail draft (issue 15)
     */
    ApologiseWorksheet(RepairCase repair, Runnable onEdit, Consumer<RepairOffer> toCommitment,
                       ApologyRejections rejections, TaskRunner compute, Runnable draftMail) {
        Apology apology = repair.reconciliation().apology();
        commitments.set(repair.actionPlan().commitments());
        FormGrid form = new FormGrid(onEdit);
        draft = form.area("apologise.draft", apology.draft(), 8);
        javafx.scene.control.Button mail = new javafx.scene.control.Button(Texts.get("apologise.draftMail"));
        mail.setId("apologiseDraftMail");
        mail.setOnAction(e -> draftMail.run());
        form.row("apologise.draftMailLabel", mail);
        check = new ApologyCheckPane(repair, onEdit, rejections, compute);
        form.wide(AssessWorksheet.heading("apologise.components"));
        form.wide(check);
        offers = new ListSection<>("apologise.addOffer", Texts.get("apologise.noOffers"),
                n -> Texts.get("apologise.offer", n), apology.offers(), (offer, edit) -> offerCard(offer, edit, toCommitment),
                () -> new RepairOffer(""), null, onEdit);
        FormGrid given = new FormGrid(onEdit);
        given.wide(AssessWorksheet.heading("apologise.given"));
        givenOn = given.date("apologise.givenOn", apology.givenOn());
        channel = given.choice("apologise.channel", EnumNames.all(Channel.class), apology.channel().orElse(null),
                EnumNames::of, Texts.get("choice.notChosen"));
        response = given.area("apologise.response", apology.theirResponse(), 3);
        // When Prepare says no apology is warranted, the step is complete once the reply given instead is here.
        given.wide(AssessWorksheet.heading("apologise.instead"));
        responseInstead = given.area("apologise.responseInstead", apology.responseInstead(), 3);
        given.wide(AssessWorksheet.heading("apologise.forgiveness"));
        Forgiveness forgiveness = repair.reconciliation().forgiveness();
        forgive = given.area("apologise.forgive", forgiveness.whatWeForgive(), 3);
        moveOn = given.area("apologise.moveOn", forgiveness.howWeMoveOn(), 3);
        view.getChildren().addAll(advice, form, AssessWorksheet.heading("apologise.offers"), offers, given);
    }

    /** An offer with "Make it a commitment", or the commitment made from it ({@link CommitmentLink}). */
    private ListSection.Card<RepairOffer> offerCard(RepairOffer offer, Runnable onEdit,
                                                    Consumer<RepairOffer> toCommitment) {
        FormGrid form = new FormGrid(onEdit);
        TextArea text = form.area("apologise.offerText", offer.text(), 2);
        form.row("apologise.offerAction", CommitmentLink.of(text, commitments, toCommitment));
        return Cards.of(form, text, () -> new RepairOffer(text.getText()));
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void offerUndo(RepairUndo undo) {
        offers.setOnRemoved(undo.removals("undo.entry.offer", RepairOffer::text,
                r -> r.reconciliation().apology().offers(), (r, list) -> r.withReconciliation(new Reconciliation(
                        r.reconciliation().apology().withOffers(list), r.reconciliation().forgiveness()))));
    }

    @Override
    public RepairCase applyTo(RepairCase current) {
        Apology apology = new Apology(draft.getText(), check.ticked(), offers.values(), givenOn.value(),
                Optional.ofNullable(channel.getValue().value()), response.getText(), responseInstead.getText());
        return current.withReconciliation(new Reconciliation(apology, new Forgiveness(forgive.getText(), moveOn.getText())));
    }

    @Override
    public void refresh(RepairCase current) {
        commitments.set(current.actionPlan().commitments());
        advice.show(Advice.lines(RepairStep.APOLOGISE, current));
        check.refresh(current);
    }

    /** The check beside the draft, for tests. */
    ApologyCheckPane check() {
        return check;
    }
}
