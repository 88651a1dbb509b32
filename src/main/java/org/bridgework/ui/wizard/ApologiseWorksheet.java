package org.bridgework.ui.wizard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.bridgework.model.repair.Apology;
import org.bridgework.model.repair.ApologyCheck;
import org.bridgework.model.repair.ApologyChecker;
import org.bridgework.model.repair.ApologyComponent;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.ComponentCheck;
import org.bridgework.model.repair.Forgiveness;
import org.bridgework.model.repair.Importance;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairOffer;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Icons;
import org.bridgework.ui.form.FormGrid;
import org.bridgework.ui.form.ListSection;
import org.bridgework.ui.form.Option;
import org.bridgework.ui.form.ValidatedField;
import org.kordamp.ikonli.feather.Feather;

/** Step 6: the apology, checked against the six parts of an effective one; offers of repair; forgiveness. */
final class ApologiseWorksheet implements Worksheet {
    /** How far ahead a commitment made from an offer of repair falls due, until the manager sets a date. */
    static final int OFFER_DUE_IN_DAYS = 14;

    private final VBox view = new VBox(18);
    private final InsightBox advice = new InsightBox("advice.title");
    private final TextArea draft;
    private final Map<ApologyComponent, CheckBox> ticks = new EnumMap<>(ApologyComponent.class);
    private final InsightBox check = new InsightBox("apologise.check");
    private final ListSection<RepairOffer> offers;
    private final ValidatedField<Optional<LocalDate>> givenOn;
    private final ComboBox<Option<Channel>> channel;
    private final TextArea response;
    private final TextArea forgive;
    private final TextArea moveOn;

    /**
     * @param toCommitment turns an offer of repair into a planned commitment in Act (one action)
     */
    ApologiseWorksheet(RepairCase repair, Runnable onEdit, Consumer<RepairOffer> toCommitment) {
        Apology apology = repair.reconciliation().apology();
        FormGrid form = new FormGrid(onEdit);
        draft = form.area("apologise.draft", apology.draft(), 8);
        VBox boxes = new VBox(6);
        for (ApologyComponent component : ApologyComponent.values()) {
            CheckBox box = new CheckBox(Texts.guidance("apology.component." + component.name()));
            box.setSelected(apology.ticked().contains(component));
            box.selectedProperty().addListener((o, old, now) -> onEdit.run());
            box.setTooltip(new javafx.scene.control.Tooltip(Texts.guidance("apology.component." + component.name() + ".hint")));
            ticks.put(component, box);
            boxes.getChildren().add(box);
        }
        form.row("apologise.components", boxes);
        offers = new ListSection<>("apologise.addOffer", Texts.get("apologise.noOffers"),
                n -> Texts.get("apologise.offer", n), apology.offers(), (offer, edit) -> offerCard(offer, edit, toCommitment),
                () -> new RepairOffer(""), null, onEdit);
        FormGrid given = new FormGrid(onEdit);
        given.wide(AssessWorksheet.heading("apologise.given"));
        givenOn = given.date("apologise.givenOn", apology.givenOn());
        channel = given.choice("apologise.channel", EnumNames.all(Channel.class), apology.channel().orElse(null),
                EnumNames::of, Texts.get("choice.notChosen"));
        response = given.area("apologise.response", apology.theirResponse(), 3);
        given.wide(AssessWorksheet.heading("apologise.forgiveness"));
        Forgiveness forgiveness = repair.reconciliation().forgiveness();
        forgive = given.area("apologise.forgive", forgiveness.whatWeForgive(), 3);
        moveOn = given.area("apologise.moveOn", forgiveness.howWeMoveOn(), 3);
        view.getChildren().addAll(advice, form, check, AssessWorksheet.heading("apologise.offers"), offers, given);
    }

    private static ListSection.Card<RepairOffer> offerCard(RepairOffer offer, Runnable onEdit,
                                                           Consumer<RepairOffer> toCommitment) {
        FormGrid form = new FormGrid(onEdit);
        TextArea text = form.area("apologise.offerText", offer.text(), 2);
        Button commit = new Button(Texts.get("apologise.makeCommitment"), Icons.of(Feather.CHECK_SQUARE));
        Label done = new Label();
        done.getStyleClass().add("text-muted");
        commit.setOnAction(event -> {
            toCommitment.accept(new RepairOffer(text.getText()));
            done.setText(Texts.get("apologise.madeCommitment"));
        });
        commit.disableProperty().bind(text.textProperty().isEmpty());
        form.row("apologise.offerAction", new javafx.scene.layout.HBox(10, commit, done));
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
        Set<ApologyComponent> ticked = EnumSet.noneOf(ApologyComponent.class);
        ticks.forEach((component, box) -> {
            if (box.isSelected()) {
                ticked.add(component);
            }
        });
        Apology apology = new Apology(draft.getText(), ticked, offers.values(), givenOn.value(),
                Optional.ofNullable(channel.getValue().value()), response.getText());
        return current.withReconciliation(new Reconciliation(apology, new Forgiveness(forgive.getText(), moveOn.getText())));
    }

    @Override
    public void refresh(RepairCase current) {
        advice.show(Advice.lines(RepairStep.APOLOGISE, current));
        ApologyCheck result = ApologyChecker.check(current.reconciliation().apology());
        List<String> lines = new ArrayList<>();
        for (ComponentCheck component : result.components()) {
            String name = Texts.guidance("apology.component." + component.component().name());
            if (component.present()) {
                lines.add("\u2713 " + name);
            } else if (component.concern() == Importance.IMPORTANT) {
                lines.add("!" + Texts.get("apologise.missingImportant", name));
            } else if (component.concern() == Importance.MINOR) {
                lines.add("\u2013 " + Texts.get("apologise.missingMinor", name));
            } else {
                lines.add("\u2013 " + Texts.get("apologise.missingFine", name));
            }
        }
        check.show(lines);
    }
}
