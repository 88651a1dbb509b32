package org.bridgework.ui.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * An editable list of entries (incidents, conversations, commitments, check-ins …), one card each:
 * add, edit in place, remove, and put in date order. Every change reports to one callback.
 */
public final class ListSection<T> extends VBox {

    /** One entry's editor. */
    public interface Card<T> {
        /** The card's fields. */
        Node view();

        /** The entry as the fields say now. */
        T value();

        /** Where the cursor goes when the entry is added. */
        Node firstField();
    }

    /** Makes a card for an entry; the card calls {@code onEdit} on every edit of its fields. */
    @FunctionalInterface
    public interface CardFactory<T> {
        Card<T> create(T entry, Runnable onEdit);
    }

    /** Cards are made a page at a time: a list of thousands would otherwise freeze the window. */
    static final int PAGE = 100;

    private final List<Card<T>> cards = new ArrayList<>();
    /** Entries after the shown cards, not given cards yet; they keep their place after them. */
    private final List<T> unshown = new ArrayList<>();
    private final Button more = new Button();
    private final VBox cardBox = new VBox(10);
    private final Label emptyLabel;
    private final CardFactory<T> factory;
    private final Runnable onEdit;
    private final Function<Integer, String> cardTitle;
    private final Supplier<T> blank;

    /**
     * @param addKey     the text key of the "Add" button; with dashes, also its id
     * @param cardTitle  the heading of the n-th card (1-based), e.g. "Incident 2"
     * @param blank      a new, empty entry for "Add"
     * @param dateOrder  the order "Sort by date" puts entries in; null for lists without dates
     */
    public ListSection(String addKey, String emptyText, Function<Integer, String> cardTitle, List<T> entries,
                       CardFactory<T> factory, Supplier<T> blank, Comparator<T> dateOrder, Runnable onEdit) {
        super(10);
        this.factory = factory;
        this.onEdit = onEdit;
        this.cardTitle = cardTitle;
        this.blank = blank;
        getStyleClass().add("list-section");
        emptyLabel = new Label(emptyText);
        emptyLabel.getStyleClass().add("text-muted");
        emptyLabel.managedProperty().bind(emptyLabel.visibleProperty());
        Button add = new Button(Texts.get(addKey), Icons.of(Feather.PLUS));
        add.setId(addKey.replace('.', '-'));
        add.setOnAction(event -> addBlank());
        HBox buttons = new HBox(8, add);
        if (dateOrder != null) {
            Button sort = new Button(Texts.get("list.sortByDate"), Icons.of(Feather.CALENDAR));
            sort.getStyleClass().add("flat");
            sort.setOnAction(event -> sort(dateOrder));
            buttons.getChildren().add(sort);
        }
        more.getStyleClass().add("flat");
        more.setId(addKey.replace('.', '-') + "-more");
        more.setOnAction(event -> showMore(PAGE));
        more.managedProperty().bind(more.visibleProperty());
        getChildren().addAll(emptyLabel, cardBox, more, buttons);
        entries.stream().limit(PAGE).forEach(entry -> cards.add(factory.create(entry, onEdit)));
        unshown.addAll(entries.subList(Math.min(PAGE, entries.size()), entries.size()));
        render();
    }

    /** The entries as the cards say now, in the order shown. */
    public List<T> values() {
        List<T> values = new ArrayList<>(cards.size() + unshown.size());
        cards.forEach(card -> values.add(card.value()));
        values.addAll(unshown);
        return values;
    }

    /** Adds a new, empty entry at the end and puts the cursor in it (the "Add" button). */
    public void addBlank() {
        add(blank.get());
    }

    /** Adds an entry at the end and puts the cursor in it. */
    public void add(T entry) {
        showMore(unshown.size());
        Card<T> card = factory.create(entry, onEdit);
        cards.add(card);
        render();
        onEdit.run();
        Platform.runLater(() -> card.firstField().requestFocus());
    }

    private void remove(Card<T> card) {
        int index = cards.indexOf(card);
        cards.remove(card);
        render();
        onEdit.run();
        // Keep the keyboard in the list: on the next card's first field, or on the previous one.
        if (!cards.isEmpty()) {
            Card<T> next = cards.get(Math.min(index, cards.size() - 1));
            Platform.runLater(() -> next.firstField().requestFocus());
        }
    }

    private void showMore(int count) {
        int n = Math.min(count, unshown.size());
        if (n == 0) {
            return;
        }
        List<T> next = new ArrayList<>(unshown.subList(0, n));
        unshown.subList(0, n).clear();
        next.forEach(entry -> cards.add(factory.create(entry, onEdit)));
        render();
    }

    private void sort(Comparator<T> order) {
        showMore(unshown.size());
        List<Card<T>> sorted = new ArrayList<>(cards);
        sorted.sort(Comparator.comparing(Card::value, order));
        if (!sorted.equals(cards)) {
            cards.clear();
            cards.addAll(sorted);
            render();
            onEdit.run();
        }
    }

    private void render() {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            nodes.add(frame(cards.get(i), i + 1));
        }
        cardBox.getChildren().setAll(nodes);
        emptyLabel.setVisible(cards.isEmpty());
        more.setVisible(!unshown.isEmpty());
        more.setText(Texts.get("list.showMore", Math.min(PAGE, unshown.size()), unshown.size()));
    }

    private Node frame(Card<T> card, int number) {
        Label title = new Label(cardTitle.apply(number));
        title.getStyleClass().add("card-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button remove = new Button(Texts.get("list.remove"), Icons.of(Feather.X));
        remove.getStyleClass().addAll("flat", "small");
        remove.setOnAction(event -> remove(card));
        HBox header = new HBox(8, title, gap, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox frame = new VBox(8, header, card.view());
        frame.getStyleClass().add("entry-card");
        return frame;
    }
}
