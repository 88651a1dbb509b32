package org.bridgework.ui.wizard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.bridgework.fields.RebuildFields;
import org.bridgework.model.repair.ClosingReadiness;
import org.bridgework.model.repair.FollowThrough;
import org.bridgework.model.repair.Outcome;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustPerspective;
import org.bridgework.model.repair.TrustRatings;
import org.bridgework.model.repair.TrustRules;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.TrustWords;
import org.bridgework.ui.form.FormGrid;
import org.bridgework.ui.form.ListSection;
import org.bridgework.ui.form.ValidatedField;

/** Step 8: trust check-ins, the follow-through rate, the outcome and the lessons. */
final class RebuildWorksheet implements Worksheet {
    private final VBox view = new VBox(18);
    private final InsightBox progress = new InsightBox("rebuild.progress");
    private final InsightBox advice = new InsightBox("advice.title");
    private final ListSection<TrustCheckIn> checkIns;
    private final SheetForm<Rebuilding> fields;
    private final LocalDate today;

    RebuildWorksheet(RepairCase repair, Runnable onEdit, LocalDate today) {
        this.today = today;
        Rebuilding rebuilding = repair.rebuilding();
        List<TrustCheckIn> existing = rebuilding.checkIns();
        checkIns = new ListSection<>("rebuild.add", Texts.get("rebuild.none"),
                n -> Texts.get("rebuild.checkIn", n), existing, RebuildWorksheet::card,
                () -> blankCheckIn(today), Cards.byDate(c -> Optional.of(c.date())), onEdit);
        // Check-ins come every few weeks for months: rows of when and the two directions' means scan at a glance.
        java.util.LinkedHashMap<String, java.util.Comparator<TrustCheckIn>> orders = new java.util.LinkedHashMap<>();
        orders.put(Texts.get("list.order.date"), java.util.Comparator.comparing(TrustCheckIn::date));
        orders.put(Texts.get("list.order.latest"), java.util.Comparator.comparing(TrustCheckIn::date).reversed());
        orders.put(Texts.get("act.order.entered"), null);
        checkIns.showCompact(new org.bridgework.ui.form.CompactRows.Columns<>(
                List.of(Texts.get("rebuild.checkIn.row"), Texts.get("rebuild.theirTrust.short"),
                        Texts.get("rebuild.ourTrust.short")),
                c -> List.of(org.bridgework.ui.form.DateText.of(c.date())
                                + (c.baseline() ? " \u00b7 " + Texts.get("rebuild.baseline.short") : "")
                                + (c.note().isBlank() ? "" : " \u2014 " + c.note().strip()),
                        mean(c.theirTrust()), mean(c.ourTrust())),
                c -> false, orders));
        FormGrid form = new FormGrid(onEdit);
        fields = new SheetForm<>(form, rebuilding);
        fields.rating("rebuild.checkInEvery", RebuildFields.CHECK_IN_EVERY_WEEKS, 0, 52);
        form.wide(AssessWorksheet.heading("rebuild.close"));
        fields.choice("rebuild.outcome", RebuildFields.OUTCOME, Outcome.class, Texts.get("choice.notYet"));
        fields.area("rebuild.lessons", RebuildFields.LESSONS_LEARNED, 4);
        view.getChildren().addAll(progress, advice, AssessWorksheet.heading("rebuild.checkIns"), checkIns, form);
    }

    /**
     * A new check-in is dated today and rated blank: copying the last ratings would record a reading nobody
     * took (and move the trend) before anything is typed. Until all six are rated it counts in no figure.
     */
    private static TrustCheckIn blankCheckIn(LocalDate today) {
        return new TrustCheckIn(today, TrustRatings.NOT_RATED, TrustRatings.NOT_RATED, "");
    }

    private static ListSection.Card<TrustCheckIn> card(TrustCheckIn checkIn, Runnable onEdit) {
        FormGrid form = new FormGrid(onEdit);
        ValidatedField<Optional<LocalDate>> date = form.requiredDate("rebuild.date", checkIn.date());
        CheckBox baseline = form.check("rebuild.baseline", checkIn.baseline());
        TrustGrid grid = new TrustGrid(checkIn, onEdit);
        form.wide(AssessWorksheet.heading("rebuild.ratings"));
        form.wide(grid);
        TextArea note = form.area("rebuild.note", checkIn.note(), 2);
        List<ValidatedField<OptionalInt>> ours = grid.ours();
        List<ValidatedField<OptionalInt>> theirs = grid.theirs();
        return Cards.of(form, date.field(), () -> new TrustCheckIn(date.value().orElse(checkIn.date()),
                ratings(ours, checkIn.ourTrust()), ratings(theirs, checkIn.theirTrust()), note.getText(),
                baseline.isSelected()));
    }

    /** The ratings as typed; a field whose text is not a valid rating keeps its value from before the edit. */
    private static TrustRatings ratings(List<ValidatedField<OptionalInt>> fields, TrustRatings before) {
        return new TrustRatings(fields.get(0).value().orElse(before.ability()),
                fields.get(1).value().orElse(before.benevolence()), fields.get(2).value().orElse(before.integrity()));
    }

    @Override
    public void addEntry() {
        checkIns.addBlank();
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void offerUndo(RepairUndo undo) {
        checkIns.setOnRemoved(undo.removals("undo.entry.checkIn", c -> "", r -> r.rebuilding().checkIns(),
                (r, list) -> r.withRebuilding(r.rebuilding().withCheckIns(list))));
    }

    @Override
    public RepairCase applyTo(RepairCase current) {
        return current.withRebuilding(fields.record(RebuildFields.SHEET,
                current.rebuilding().withCheckIns(checkIns.values())));
    }

    @Override
    public void refresh(RepairCase current) {
        List<String> lines = new ArrayList<>();
        lines.add(FollowThrough.rate(current.actionPlan().commitments(), today)
                .map(rate -> Texts.get("rebuild.followThrough", rate.kept(), rate.due(), rate.ratio()))
                .orElse(Texts.get("rebuild.followThroughNone")));
        // Their trust in us leads (TrustRules.LEADS); the two directions are never averaged together.
        List<TrustCheckIn> checkIns = current.rebuilding().checkIns();
        lines.addAll(TrustWords.lines(TrustRules.movement(checkIns, TrustRules.LEADS), TrustRules.LEADS));
        TrustPerspective other = TrustRules.LEADS.other();
        lines.addAll(TrustWords.lines(TrustRules.movement(checkIns, other), other));
        // Once closed, the record's own answer stands; the readiness check is for a repair still running.
        lines.add(current.rebuilding().outcome()
                .map(outcome -> Texts.get("rebuild.closedAs", EnumNames.of(outcome)))
                .orElseGet(() -> ClosingWords.line(ClosingReadiness.of(current, today))));
        progress.show(lines);
        advice.show(Advice.lines(RepairStep.REBUILD, current));
    }

    /** "3.7 of 5", or that it is not rated yet. */
    private static String mean(org.bridgework.model.repair.TrustRatings ratings) {
        if (!ratings.inRange()) {
            return Texts.get("rebuild.notRated");
        }
        double mean = (ratings.ability() + ratings.benevolence() + ratings.integrity()) / 3.0;
        return Texts.get("rebuild.mean", mean);
    }
}
