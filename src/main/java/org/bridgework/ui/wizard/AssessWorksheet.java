package org.bridgework.ui.wizard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.ManagerDecision;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.ValueDimension;
import org.bridgework.model.repair.ValueRatings;
import org.bridgework.model.repair.Verdict;
import org.bridgework.model.repair.VerdictAdvice;
import org.bridgework.model.repair.VerdictAdvisor;
import org.bridgework.model.repair.VerdictReason;
import org.bridgework.text.Texts;
import org.bridgework.ui.form.FormGrid;
import org.bridgework.ui.form.Option;
import org.bridgework.ui.form.ValidatedField;

/** Step 1: is the relationship worth repairing? Ratings, the suggested verdict, and the manager's decision. */
final class AssessWorksheet implements Worksheet {
    private final VBox view = new VBox(18);
    private final Map<ValueDimension, ValidatedField<OptionalInt>> theyBring = new EnumMap<>(ValueDimension.class);
    private final Map<ValueDimension, ValidatedField<OptionalInt>> weBring = new EnumMap<>(ValueDimension.class);
    private final ValidatedField<Optional<java.math.BigDecimal>> revenue;
    private final ValidatedField<OptionalInt> cost;
    private final ValidatedField<OptionalInt> alternatives;
    private final ValidatedField<OptionalInt> risk;
    private final InsightBox suggestion = new InsightBox("assess.suggestion");
    private final ComboBox<Option<Verdict>> verdict;
    private final TextArea reason;
    private final ValidatedField<Optional<java.time.LocalDate>> revisitOn;

    AssessWorksheet(RepairCase repair, Runnable onEdit) {
        Assessment assessment = repair.assessment();
        FormGrid value = new FormGrid(onEdit);
        value.wide(heading("assess.theyBringUs"));
        for (ValueDimension dimension : ValueDimension.values()) {
            theyBring.put(dimension, value.rating("enum.ValueDimension." + dimension.name(),
                    assessment.theyBringUs().rating(dimension), ValueRatings.MIN, ValueRatings.MAX));
        }
        revenue = value.amount("assess.annualRevenue", assessment.theyBringUs().annualRevenue());
        value.wide(heading("assess.weBringThem"));
        for (ValueDimension dimension : ValueDimension.values()) {
            weBring.put(dimension, value.rating("enum.ValueDimension." + dimension.name(),
                    assessment.weBringThem().rating(dimension), ValueRatings.MIN, ValueRatings.MAX));
        }
        value.wide(heading("assess.costAndRisk"));
        cost = value.rating("assess.cost", assessment.costOfRepair(), 0, 5);
        alternatives = value.rating("assess.alternatives", assessment.alternatives(), 0, 5);
        risk = value.rating("assess.risk", assessment.riskOfInaction(), 0, 5);

        FormGrid decision = new FormGrid(onEdit);
        decision.wide(heading("assess.decision"));
        Optional<ManagerDecision> made = assessment.decision();
        verdict = decision.choice("assess.verdict", EnumNames.all(Verdict.class), made.map(ManagerDecision::verdict).orElse(null),
                EnumNames::of, Texts.get("choice.notDecided"));
        reason = decision.area("assess.reason", made.map(ManagerDecision::reason).orElse(""), 3);
        revisitOn = decision.date("assess.revisitOn", made.flatMap(ManagerDecision::revisitOn));
        view.getChildren().addAll(value, suggestion, decision);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public RepairCase applyTo(RepairCase current) {
        Optional<ManagerDecision> decision = Optional.ofNullable(verdict.getValue().value())
                .map(chosen -> new ManagerDecision(chosen, reason.getText(), revisitOn.value()));
        return current.withAssessment(new Assessment(ratings(theyBring, revenue.value()), ratings(weBring, Optional.empty()),
                cost.value(), alternatives.value(), risk.value(), decision));
    }

    @Override
    public void refresh(RepairCase current) {
        VerdictAdvice advice = VerdictAdvisor.advise(current.assessment());
        List<String> lines = new ArrayList<>();
        String score = advice.score().isPresent() ? Texts.get("assess.score", advice.score().getAsDouble()) : "";
        lines.add(Texts.get("assess.suggested", EnumNames.of(advice.verdict()), score));
        for (VerdictReason why : advice.reasons()) {
            lines.add("\u2022 " + Texts.guidance("assessmentFactor." + why.factor().name()) + " \u2014 "
                    + Texts.guidance("verdictReason." + why.code().name(), why.value().orElse(0)));
        }
        suggestion.show(lines);
    }

    private static ValueRatings ratings(Map<ValueDimension, ValidatedField<OptionalInt>> fields,
                                        Optional<java.math.BigDecimal> amount) {
        Map<ValueDimension, Integer> rated = new EnumMap<>(ValueDimension.class);
        fields.forEach((dimension, field) -> field.value().ifPresent(rating -> rated.put(dimension, rating)));
        return new ValueRatings(rated, amount);
    }

    static Label heading(String key) {
        Label label = new Label(Texts.get(key));
        label.getStyleClass().add("worksheet-heading");
        return label;
    }
}
