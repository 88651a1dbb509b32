package org.bridgework.ui.wizard;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.OfferCommitments;
import org.bridgework.model.repair.RepairOffer;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * "Make it a commitment" for a promise written in words (an offer of repair, a next step agreed in a
 * conversation): one action puts it in Act. Once a commitment says the same ({@link OfferCommitments}), the
 * button gives way to that commitment, so the same promise cannot be entered twice.
 */
final class CommitmentLink {
    private CommitmentLink() {
    }

    /**
     * @param text         the promise as typed
     * @param commitments  the commitments in Act as last saved
     * @param toCommitment makes the planned commitment in Act
     */
    static HBox of(TextInputControl text, ObjectProperty<List<Commitment>> commitments,
                   Consumer<RepairOffer> toCommitment) {
        Button commit = new Button(Texts.get("apologise.makeCommitment"), Icons.of(Feather.CHECK_SQUARE));
        commit.setId("apologise-makeCommitment");
        Label made = new Label();
        made.setId("apologise-madeInto");
        made.setWrapText(true);
        made.setGraphic(Icons.of(Feather.CHECK_CIRCLE));
        ObjectBinding<Optional<Commitment>> link = Bindings.createObjectBinding(
                () -> OfferCommitments.madeFrom(new RepairOffer(text.getText()), commitments.get()),
                text.textProperty(), commitments);
        made.textProperty().bind(Bindings.createStringBinding(() -> link.get().map(CommitmentLink::madeInto)
                .orElse(""), link));
        made.visibleProperty().bind(Bindings.createBooleanBinding(() -> link.get().isPresent(), link));
        made.managedProperty().bind(made.visibleProperty());
        commit.visibleProperty().bind(made.visibleProperty().not());
        commit.managedProperty().bind(commit.visibleProperty());
        commit.disableProperty().bind(Bindings.createBooleanBinding(() -> text.getText().isBlank(), text.textProperty()));
        commit.setOnAction(event -> {
            if (link.get().isEmpty()) {
                toCommitment.accept(new RepairOffer(text.getText()));
                // The button is gone now; the keyboard stays with the promise.
                text.requestFocus();
            }
        });
        return new HBox(10, commit, made);
    }

    /** "Made into commitment: Reprint at our cost, due 2026-12-10". */
    private static String madeInto(Commitment commitment) {
        String what = commitment.what().strip();
        return commitment.due().map(due -> Texts.get("apologise.madeInto", what, org.bridgework.ui.form.DateText.of(due)))
                .orElse(Texts.get("apologise.madeIntoUndated", what));
    }
}
