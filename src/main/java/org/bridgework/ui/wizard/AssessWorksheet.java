package org.bridgework.ui.wizard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.bridgework.fields.AssessFields;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.DoorState;
import org.bridgework.model.repair.FaultSide;
import org.bridgework.model.repair.FirstResponse;
import org.bridgework.model.repair.SilenceClock;
import org.bridgework.model.repair.ManagerDecision;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.ValueDimension;
import org.bridgework.model.repair.ValueRatings;
import org.bridgework.model.repair.Verdict;
import org.bridgework.model.repair.VerdictAdvice;
import org.bridgework.model.repair.VerdictAdvisor;
import org.bridgework.model.repair.VerdictReason;
import org.bridgework.plan.VerdictWords;
import org.bridgework.text.Texts;
import org.bridgework.ui.form.FormGrid;
import org.bridgework.ui.form.Option;
import org.bridgework.ui.form.ValidatedField;

/** Step 1: is the relationship worth repairing? Ratings, the suggested verdict, and the manager's decision. */
final class AssessWorksheet implements Worksheet {
    private final VBox view = new VBox(18);
    private final SheetForm<Assessment> fields;
    private final InsightBox suggestion = new InsightBox("assess.suggestion");
    private final ComboBox<Option<Verdict>> verdict;
    private final TextArea reason;
    private final ValidatedField<Optional<java.time.LocalDate>> revisitOn;
    private final InsightBox advice = new InsightBox("advice.title");
    private final Supplier<RelationshipKind> kind;
    private final Label silence = new Label();
    private final LocalDate today;

    AssessWorksheet(RepairCase repair, Runnable onEdit, Supplier<RelationshipKind> kind, LocalDate today) {
        this.kind = kind;
        this.today = today;
        silence.setWrapText(true);
        Assessment assessment = repair.assessment();
        FormGrid value = new FormGrid(onEdit);
        fields = new SheetForm<>(value, assessment);
        value.wide(heading("assess.firstResponse"));
        value.wide(hint("assess.firstResponseHint"));
        value.wide(silence);
        SheetForm<FirstResponse> first = new SheetForm<>(value, assessment.firstResponse());
        first.date("assess.acknowledgedOn", AssessFields.ACKNOWLEDGED_ON);
        first.check("assess.regretExpressed", AssessFields.REGRET_EXPRESSED);
        first.date("assess.accountPromisedBy", AssessFields.ACCOUNT_PROMISED_BY);
        first.area("assess.harmContained", AssessFields.HARM_CONTAINED, 2);
        first.text("assess.whoCalls", AssessFields.WHO_CALLS);
        fields.nested(AssessFields.FIRST_RESPONSE, AssessFields.FIRST_RESPONSE_SHEET, first);
        value.wide(heading("assess.theyBringUs"));
        fields.nested(AssessFields.THEY_BRING_US, AssessFields.VALUE, ratings(value, assessment.theyBringUs(), true));
        value.wide(heading("assess.weBringThem"));
        // Not asked for here: an amount that came with an import is kept as it is.
        fields.nested(AssessFields.WE_BRING_THEM, AssessFields.VALUE, ratings(value, assessment.weBringThem(), false));
        value.wide(heading("assess.costAndRisk"));
        fields.rating("assess.cost", AssessFields.COST_OF_REPAIR, 0, 5, "rating.none", "rating.veryHigh");
        fields.rating("assess.alternatives", AssessFields.ALTERNATIVES, 0, 5, "rating.none", "rating.manyGood");
        fields.rating("assess.risk", AssessFields.RISK_OF_INACTION, 0, 5, "rating.none", "rating.veryHigh");
        value.wide(heading("assess.context"));
        value.wide(hint("assess.contextHint"));
        fields.choice("assess.door", AssessFields.DOOR, DoorState.class, Texts.get("understand.notKnownYet"));
        fields.choice("assess.atFault", AssessFields.AT_FAULT, FaultSide.class, Texts.get("understand.notKnownYet"));
        fields.rating("assess.theirTrustworthiness", AssessFields.THEIR_TRUSTWORTHINESS, 0, 5, "rating.none",
                "rating.veryHigh");
        fields.rating("assess.chanceOfRepeat", AssessFields.CHANCE_OF_REPEAT, 0, 5, "rating.veryLow",
                "rating.veryHigh");

        FormGrid decision = new FormGrid(onEdit);
        decision.wide(heading("assess.decision"));
        Optional<ManagerDecision> made = assessment.decision();
        verdict = decision.choice("assess.verdict", EnumNames.all(Verdict.class), made.map(ManagerDecision::verdict).orElse(null),
                EnumNames::of, Texts.get("choice.notDecided"));
        reason = decision.area("assess.reason", made.map(ManagerDecision::reason).orElse(""), 3);
        revisitOn = decision.date("assess.revisitOn", made.flatMap(ManagerDecision::revisitOn));
        fields.value(AssessFields.DECISION, () -> Optional.ofNullable(verdict.getValue().value())
                .map(chosen -> new ManagerDecision(chosen, reason.getText(), revisitOn.value())));
        view.getChildren().addAll(value, suggestion, decision, advice);
    }

    /** One side's ratings, a row per dimension, and the revenue if asked for. */
    private static SheetForm<ValueRatings> ratings(FormGrid grid, ValueRatings shown, boolean withRevenue) {
        SheetForm<ValueRatings> form = new SheetForm<>(grid, shown);
        for (ValueDimension dimension : ValueDimension.values()) {
            form.rating("enum.ValueDimension." + dimension.name(), AssessFields.DIMENSIONS.get(dimension.ordinal()),
                    ValueRatings.MIN, ValueRatings.MAX, "rating.nothing", "rating.aGreatDeal");
        }
        if (withRevenue) {
            form.amount("assess.annualRevenue", AssessFields.ANNUAL_REVENUE);
        }
        return form;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public RepairCase applyTo(RepairCase current) {
        return current.withAssessment(fields.record(AssessFields.SHEET, current.assessment()));
    }

    @Override
    public void refresh(RepairCase current) {
        VerdictAdvice suggested = VerdictAdvisor.advise(current.assessment(), kind.get() == RelationshipKind.INTERNAL);
        List<String> lines = new ArrayList<>();
        String score = suggested.score().isPresent() ? Texts.get("assess.score", suggested.score().getAsDouble()) : "";
        lines.add(Texts.get("assess.suggested", EnumNames.of(suggested.verdict()), score));
        for (VerdictReason why : suggested.reasons()) {
            lines.add("\u2022 " + VerdictWords.line(why));
        }
        if (suggested.verdict() == Verdict.REVISIT && !suggested.insufficientData()) {
            lines.add(Texts.get("assess.revisitMeans"));
        }
        suggestion.show(lines);
        advice.show(Advice.lines(RepairStep.ASSESS, current));
        Optional<SilenceClock> clock = SilenceClock.of(current, today);
        silence.setText(clock.map(c -> Texts.get(c.ongoing() ? "assess.silence.ongoing" : "assess.silence.ended",
                c.days(), SilenceClock.WARN_AFTER_DAYS)).orElse(Texts.get("assess.silence.noIncident")));
        silence.getStyleClass().setAll("label", clock.filter(SilenceClock::tooLong).isPresent()
                ? "insight-warning" : "worksheet-hint");
    }

    static Label hint(String key) {
        Label label = new Label(Texts.get(key));
        label.setWrapText(true);
        label.getStyleClass().add("worksheet-hint");
        return label;
    }

    static Label heading(String key) {
        Label label = new Label(Texts.get(key));
        label.getStyleClass().add("worksheet-heading");
        return label;
    }
}
