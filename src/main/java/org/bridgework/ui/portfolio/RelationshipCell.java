package org.bridgework.ui.portfolio;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.TrustTrend;
import org.bridgework.model.timeline.PortfolioSummary;
import org.bridgework.text.Dates;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Icons;
import org.bridgework.ui.common.TrustWords;
import org.kordamp.ikonli.feather.Feather;

/**
 * One row of the portfolio: the name, the counterpart organisation, and an "Archived" tag; under them, when the
 * search found it in its worksheets, where and the words around the match.
 */
final class RelationshipCell extends ListCell<RelationshipItem> {
    private final Label name = new Label();
    private final Label organisation = new Label();
    private final Label step = new Label();
    private final Label archivedTag = new Label(Texts.get("portfolio.archivedTag"));
    private final Label overdue = new Label();
    private final Label silent = new Label();
    private final Label trend = new Label();
    private final SearchHitLine hitLine = new SearchHitLine();
    private final HBox row;
    /** Told of each row shown with a hit, so the words around a match listed without them are fetched. */
    private final java.util.function.Consumer<RelationshipItem> inView;
    /**
     * The item whose summary and search hit this row watches: those change on thousands of rows at once (a search
     * answer, a team workbook read again), so they are not reported through the list, which would sort itself
     * again for each; each row shown redraws itself instead.
     */
    private RelationshipItem watched;
    private final javafx.beans.InvalidationListener redraw = changed -> {
        if (watched != null && watched == getItem()) {
            show(watched);
        }
    };

    RelationshipCell(java.util.function.Consumer<RelationshipItem> inView) {
        this.inView = inView;
        name.getStyleClass().add("relationship-name");
        organisation.getStyleClass().addAll("relationship-organisation", "text-muted");
        archivedTag.getStyleClass().add("tag");
        step.getStyleClass().addAll("relationship-step", "text-muted", "text-small");
        // Long names and step lines wrap within the list's width: the portfolio never scrolls sideways.
        for (Label wrapping : new Label[] {name, organisation, step}) {
            wrapping.setWrapText(true);
            wrapping.setMinWidth(0);
        }
        VBox text = new VBox(2, name, organisation, step, hitLine);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        overdue.getStyleClass().add("overdue-badge");
        overdue.setMinWidth(Label.USE_PREF_SIZE);
        trend.getStyleClass().add("trend-arrow");
        trend.setMinWidth(Label.USE_PREF_SIZE);
        silent.getStyleClass().add("overdue-badge");
        silent.setMinWidth(Label.USE_PREF_SIZE);
        VBox badges = new VBox(4, overdue, silent, trend);
        badges.setAlignment(Pos.CENTER_RIGHT);
        row = new HBox(8, text, archivedTag, badges);
        row.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("relationship-cell");
        // The cell asks for no width of its own, so the list lays it out at its own width instead of widening.
        setPrefWidth(0);
    }

    /** "Step 7 · Act · next due 3 Dec". */
    private static String stepLine(RelationshipItem item) {
        RepairStep current = item.stageProperty().get();
        if (current == null) {
            return "";
        }
        if (item.outcomeProperty().get() != null) {
            return Texts.get("portfolio.closed", Texts.get("enum.Outcome." + item.outcomeProperty().get().name()));
        }
        String step = Texts.get("portfolio.step", current.number(), Texts.guidance("guidance." + current.name() + ".title"));
        return item.summaryProperty().get().nextDue().flatMap(c -> c.due())
                .map(due -> Texts.get("portfolio.nextDue", step, Dates.dayAndMonth(due))).orElse(step);
    }

    /** As tall as the row needs at the list's width, so wrapped lines show whole rather than cut with "…". */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null || width <= 0) {
            return super.computePrefHeight(width);
        }
        javafx.geometry.Insets insets = getInsets();
        return row.prefHeight(width - insets.getLeft() - insets.getRight()) + insets.getTop() + insets.getBottom();
    }

    @Override
    protected void updateItem(RelationshipItem item, boolean empty) {
        super.updateItem(item, empty);
        name.textProperty().unbind();
        organisation.textProperty().unbind();
        archivedTag.visibleProperty().unbind();
        step.textProperty().unbind();
        watch(empty ? null : item);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            hitLine.show(null);
            return;
        }
        name.textProperty().bind(item.nameProperty());
        organisation.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> item.organisationProperty().get().isBlank() ? Texts.get("portfolio.noOrganisation")
                        : item.organisationProperty().get(), item.organisationProperty()));
        archivedTag.visibleProperty().bind(item.archivedProperty());
        step.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> stepLine(item),
                item.stageProperty(), item.summaryProperty(), item.outcomeProperty()));
        archivedTag.managedProperty().bind(archivedTag.visibleProperty());
        show(item);
        setGraphic(row);
        setText(null);
    }

    private void watch(RelationshipItem item) {
        if (watched == item) {
            return;
        }
        if (watched != null) {
            watched.summaryProperty().removeListener(redraw);
            watched.hitProperty().removeListener(redraw);
        }
        watched = item;
        if (item != null) {
            item.summaryProperty().addListener(redraw);
            item.hitProperty().addListener(redraw);
        }
    }

    /** The badges from the summary, and the line of where the search found the words. */
    private void show(RelationshipItem item) {
        PortfolioSummary summary = item.summaryProperty().get();
        overdue.setText(summary.overdueCount() > 0 ? Texts.get("portfolio.overdue", summary.overdueCount()) : "");
        overdue.setVisible(summary.overdueCount() > 0);
        overdue.setManaged(overdue.isVisible());
        // Only a silence still going on and past the warning is shown: a word has not reached them yet.
        boolean tooQuiet = summary.silence().filter(c -> c.ongoing() && c.tooLong()).isPresent();
        silent.setText(tooQuiet ? Texts.get("portfolio.silent", summary.silence().orElseThrow().days()) : "");
        silent.setAccessibleText(tooQuiet ? Texts.get("portfolio.silent.spoken",
                summary.silence().orElseThrow().days()) : null);
        silent.setVisible(tooQuiet);
        silent.setManaged(tooQuiet);
        // An item that fell is flagged even when the mean holds: one failing reason for trust is enough to act on.
        boolean fell = !summary.fallen().isEmpty() && summary.trend().filter(t -> t == TrustTrend.DOWN).isEmpty();
        trend.setGraphic(fell ? Icons.of(Feather.ALERT_TRIANGLE) : summary.trend().map(t -> Icons.of(switch (t) {
            case UP -> Feather.TRENDING_UP;
            case DOWN -> Feather.TRENDING_DOWN;
            case FLAT -> Feather.ARROW_RIGHT;
        })).orElse(null));
        trend.getStyleClass().setAll("label", "trend-arrow", fell ? "trend-down" : summary.trend()
                .map(t -> "trend-" + t.name().toLowerCase(java.util.Locale.ROOT)).orElse("trend-none"));
        String words = TrustWords.portfolioLine(summary);
        trend.setAccessibleText(words);
        trend.setTooltip(words.isEmpty() ? null : new Tooltip(words));
        org.bridgework.model.search.WorksheetHit hit = item.hitProperty().get();
        hitLine.show(hit);
        if (hit != null) {
            inView.accept(item);
        }
        setAccessibleText(hit == null ? null : item.nameProperty().get() + ", " + SearchHitLine.spoken(hit));
    }
}
