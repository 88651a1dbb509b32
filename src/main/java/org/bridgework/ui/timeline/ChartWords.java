package org.bridgework.ui.timeline;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.chart.XYChart;
import org.bridgework.text.Texts;

/**
 * What a chart of the timeline shows, said in words for a screen reader (issue 19): for each line, how many
 * points it has, between which dates, and where it started and ended. The chart's pixels say nothing to one.
 */
final class ChartWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private ChartWords() {
    }

    /** Sets {@code chart}'s accessible text to what it shows, under {@code titleKey}'s words. */
    static void describe(XYChart<Number, Number> chart, String titleKey, String unitKey) {
        chart.setAccessibleRole(AccessibleRole.TEXT);
        chart.setAccessibleText(said(Texts.get(titleKey), chart.getData(), Texts.get(unitKey)));
    }

    static String said(String title, List<XYChart.Series<Number, Number>> series, String unit) {
        NumberFormat number = NumberFormat.getNumberInstance();
        number.setMaximumFractionDigits(1);
        List<String> lines = new ArrayList<>();
        for (XYChart.Series<Number, Number> line : series) {
            List<XYChart.Data<Number, Number>> points = line.getData();
            if (points.isEmpty()) {
                continue;
            }
            XYChart.Data<Number, Number> first = points.get(0);
            XYChart.Data<Number, Number> last = points.get(points.size() - 1);
            lines.add(Texts.get("timeline.chart.line", line.getName() == null ? "" : line.getName(), points.size(),
                    day(first), number.format(first.getYValue()), day(last), number.format(last.getYValue()), unit));
        }
        return lines.isEmpty() ? Texts.get("timeline.chart.empty", title)
                : title + ". " + String.join(" ", lines);
    }

    private static String day(XYChart.Data<Number, Number> point) {
        return LocalDate.ofEpochDay(point.getXValue().longValue()).format(DAY);
    }
}
