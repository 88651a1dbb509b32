package org.bridgework.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.bridgework.model.repair.CountingEntries;
import org.bridgework.model.repair.FollowThrough;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustItem;
import org.bridgework.model.repair.TrustPerspective;
import org.bridgework.model.repair.TrustRules;
import org.bridgework.text.Dates;
import org.bridgework.text.Texts;

/**
 * Fills the two charts above the timeline: trust per check-in (ability, goodwill, integrity and overall, for
 * one perspective) and the follow-through rate as it stood at each check-in and today. Both use the list's
 * time span, so a point sits above the items of its date.
 */
final class TrendCharts {

    private TrendCharts() {
    }

    static void fill(LineChart<Number, Number> trust, LineChart<Number, Number> followThrough, RepairCase repair,
                     TrustPerspective perspective, LocalDate first, LocalDate last, LocalDate today) {
        // A check-in not fully rated yet (a new one) is left out of the lines, as of every figure.
        List<TrustCheckIn> checkIns = new ArrayList<>(CountingEntries.checkIns(repair.rebuilding().checkIns()));
        checkIns.sort(Comparator.comparing(TrustCheckIn::date));
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        for (TrustItem item : TrustItem.values()) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(Texts.get("timeline.trustItem." + item.name()));
            checkIns.forEach(c -> line.getData().add(point(c.date(), c.ratings(perspective).value(item))));
            series.add(line);
        }
        XYChart.Series<Number, Number> overall = new XYChart.Series<>();
        overall.setName(Texts.get("timeline.trustItem.OVERALL"));
        checkIns.forEach(c -> TrustRules.score(c, perspective).ifPresent(score -> overall.getData().add(point(c.date(), score))));
        series.add(overall);
        trust.getData().setAll(series);

        XYChart.Series<Number, Number> rate = new XYChart.Series<>();
        rate.setName(Texts.get("timeline.chart.kept"));
        List<LocalDate> days = new ArrayList<>(checkIns.stream().map(TrustCheckIn::date).toList());
        days.add(today);
        days.stream().distinct().sorted().forEach(day -> FollowThrough.rate(repair.actionPlan().commitments(), day)
                .ifPresent(r -> rate.getData().add(point(day, 100 * r.ratio()))));
        followThrough.getData().setAll(List.of(rate));
        ChartWords.describe(trust, "timeline.chart.trust", "timeline.chart.trustUnit");
        ChartWords.describe(followThrough, "timeline.chart.followThrough", "timeline.chart.percent");
        span((NumberAxis) trust.getXAxis(), first, last);
        span((NumberAxis) followThrough.getXAxis(), first, last);
    }

    private static XYChart.Data<Number, Number> point(LocalDate day, double value) {
        return new XYChart.Data<>(day.toEpochDay(), value);
    }

    private static void span(NumberAxis axis, LocalDate first, LocalDate last) {
        long from = first.toEpochDay() - 2;
        long to = Math.max(last.toEpochDay() + 2, from + 14);
        axis.setLowerBound(from);
        axis.setUpperBound(to);
        axis.setTickUnit(Math.max(7, (to - from) / 6.0));
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return Dates.dayAndMonth(LocalDate.ofEpochDay(day.longValue()));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
    }
}
