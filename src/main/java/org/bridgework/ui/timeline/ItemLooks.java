package org.bridgework.ui.timeline;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.bridgework.model.repair.DisplayStatus;
import org.bridgework.model.timeline.ItemKind;
import org.bridgework.model.timeline.TimelineItem;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** How each kind of timeline item looks and reads: its icon, colour and words. */
public final class ItemLooks {
    private ItemLooks() {
    }

    /**
     * Gives {@code icon} the look of the item's kind. A list cell is reused for row after row, so the icon node
     * is kept and only changed where the kind differs: a new node or a new style class makes JavaFX style it
     * afresh, which is most of the cost of showing a screenful of rows.
     */
    static void style(Label icon, TimelineItem item) {
        Feather wanted = iconOf(item.kind());
        if (icon.getGraphic() instanceof FontIcon font) {
            if (font.getIconCode() != wanted) {
                font.setIconCode(wanted);
            }
        } else {
            icon.setGraphic(Icons.of(wanted));
        }
        setStyleClasses(icon, "label", "kind-icon", "kind-" + item.kind().name().toLowerCase(Locale.ROOT));
    }

    /** Replaces the node's style classes, unless they are already these. */
    static void setStyleClasses(Node node, String... classes) {
        List<String> wanted = List.of(classes);
        if (!node.getStyleClass().equals(wanted)) {
            node.getStyleClass().setAll(wanted);
        }
    }

    static Feather iconOf(ItemKind kind) {
        return switch (kind) {
            case INCIDENT -> Feather.ALERT_TRIANGLE;
            case DECISION -> Feather.CHECK_SQUARE;
            case MILESTONE -> Feather.FLAG;
            case MEETING_PLANNED -> Feather.CALENDAR;
            case CONVERSATION -> Feather.MESSAGE_CIRCLE;
            case APOLOGY -> Feather.HEART;
            case COMMITMENT_DUE -> Feather.TARGET;
            case CHECK_IN -> Feather.ACTIVITY;
        };
    }

    /** The first line: what happened, in the user's words where there are some. */
    public static String title(TimelineItem item) {
        return switch (item.kind()) {
            case INCIDENT -> Texts.get("timeline.item.incident", firstLine(item.title()));
            case DECISION -> item.index() < 0 ? Texts.get("timeline.item.revisit")
                    : Texts.get("timeline.item.decision");
            case MILESTONE -> Texts.get("timeline.item.milestone", item.step().number(),
                    Texts.guidance("guidance." + item.step().name() + ".title"));
            case MEETING_PLANNED -> Texts.get("timeline.item.meeting", item.title());
            case CONVERSATION -> Texts.get("timeline.item.conversation", item.title());
            case APOLOGY -> Texts.get("timeline.item.apology");
            case COMMITMENT_DUE -> Texts.get(item.status().filter(s -> s == DisplayStatus.DONE).isPresent()
                    ? "timeline.item.done" : "timeline.item.due", firstLine(item.title()));
            case CHECK_IN -> item.score().isPresent() ? Texts.get("timeline.item.checkIn", item.score().getAsDouble())
                    : Texts.get("timeline.item.checkInUnscored");
        };
    }

    /** The second line: more of the user's words, on one line. */
    static String detail(TimelineItem item) {
        return switch (item.kind()) {
            case INCIDENT -> Texts.get("enum.IncidentKind." + item.detail());
            case DECISION -> item.index() < 0 ? firstLine(item.title()) : "";
            case COMMITMENT_DUE -> item.detail().isBlank() ? "" : Texts.get("timeline.item.owner", item.detail());
            case CHECK_IN -> firstLine(item.title());
            default -> firstLine(item.detail());
        };
    }

    static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end) + " \u2026";
    }
}
