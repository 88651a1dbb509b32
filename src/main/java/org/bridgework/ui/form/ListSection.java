package org.bridgework.ui.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
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
import org.bridgework.ui.common.AfterLayout;
import org.bridgework.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * An editable list of entries (incidents, conversations, commitments, check-ins …), one card each:
 * add, edit in place, remove, and put in date order. Every change reports to one callback. A long list builds
 * its cards a page at a time; adding or sorting builds only the cards that are then on screen.
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

    /** The first entries' cards, in order. */
    private final List<Card<T>> cards = new ArrayList<>();
    /** Entries after the shown cards, not given cards yet; they keep their place after them. */
    private final List<T> unshown = new ArrayList<>();
    /** Cards of entries added while some were unshown: they come after those, shown below "Show more". */
    private final List<Card<T>> added = new ArrayList<>();
    /** Each card's frame (heading, Remove button and fields), made once per card. */
    private final Map<Card<T>, Frame> frames = new IdentityHashMap<>();
    private final Button more = new Button();
    private final Button add;
    private final VBox cardBox = new VBox(10);
    private final VBox addedBox = new VBox(10);
    private final Label emptyLabel;
    private final CardFactory<T> factory;
    private final Runnable onEdit;
    private final Function<Integer, String> cardTitle;
    private final Supplier<T> blank;
    /** Told of each entry removed and the place it had, after the removal was reported to {@code onEdit}. */
    private BiConsumer<T, Integer> onRemoved = (entry, index) -> { };
    /** The compact table the entries show as, or null for a card each. */
    private CompactRows<T> compact;
    private Button sortByDate;
    private final String idPrefix;

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
        this.idPrefix = addKey.replace('.', '-');
        this.onEdit = () -> {
            onEdit.run();
            if (compact != null) {
                compact.refresh();
            }
        };
        this.cardTitle = cardTitle;
        this.blank = blank;
        getStyleClass().add("list-section");
        emptyLabel = new Label(emptyText);
        emptyLabel.getStyleClass().add("text-muted");
        emptyLabel.managedProperty().bind(emptyLabel.visibleProperty());
        add = new Button(Texts.get(addKey), Icons.of(Feather.PLUS));
        add.setId(addKey.replace('.', '-'));
        add.setOnAction(event -> addBlank());
        HBox buttons = new HBox(8, add);
        if (dateOrder != null) {
            sortByDate = new Button(Texts.get("list.sortByDate"), Icons.of(Feather.CALENDAR));
            sortByDate.getStyleClass().add("flat");
            sortByDate.setOnAction(event -> sort(dateOrder));
            sortByDate.managedProperty().bind(sortByDate.visibleProperty());
            buttons.getChildren().add(sortByDate);
        }
        more.getStyleClass().add("flat");
        more.setId(addKey.replace('.', '-') + "-more");
        more.setOnAction(event -> showMore(PAGE));
        more.managedProperty().bind(more.visibleProperty());
        addedBox.managedProperty().bind(addedBox.visibleProperty());
        getChildren().addAll(emptyLabel, cardBox, more, addedBox, buttons);
        entries.stream().limit(PAGE).forEach(entry -> cards.add(factory.create(entry, this.onEdit)));
        unshown.addAll(entries.subList(Math.min(PAGE, entries.size()), entries.size()));
        render();
    }

    /**
     * Shows the entries as a compact table ({@link CompactRows}) instead of a card each: one row per entry, with
     * one opened for editing at a time. The "Sort by date" button gives way to the table's own order.
     */
    public CompactRows<T> showCompact(CompactRows.Columns<T> columns) {
        compact = new CompactRows<>(columns, idPrefix);
        compact.onRearranged(this::render);
        getChildren().add(1, compact.top());
        compact.top().managedProperty().bind(compact.top().visibleProperty());
        if (sortByDate != null) {
            sortByDate.setVisible(false);
        }
        frames.clear();
        cardBox.setSpacing(0);
        addedBox.setSpacing(0);
        render();
        return compact;
    }

    /** Whom to tell of a removed entry and its place in {@link #values()}, e.g. to offer Undo. */
    public void setOnRemoved(BiConsumer<T, Integer> onRemoved) {
        this.onRemoved = onRemoved;
    }

    /** The entries as the cards say now, in the order shown. */
    public List<T> values() {
        List<T> values = new ArrayList<>(cards.size() + unshown.size() + added.size());
        cards.forEach(card -> values.add(card.value()));
        values.addAll(unshown);
        added.forEach(card -> values.add(card.value()));
        return values;
    }

    /** Adds a new, empty entry at the end and puts the cursor in it (the "Add" button). */
    public void addBlank() {
        add(blank.get());
    }

    /** Adds an entry at the end and puts the cursor in it; entries not shown yet stay so. */
    public void add(T entry) {
        Card<T> card = factory.create(entry, onEdit);
        (unshown.isEmpty() ? cards : added).add(card);
        render();
        if (compact != null) {
            compact.open(card);
        }
        onEdit.run();
        AfterLayout.focus(card.firstField());
    }

    private void remove(Card<T> card) {
        boolean shownFirst = cards.contains(card);
        List<Card<T>> from = shownFirst ? cards : added;
        int index = from.indexOf(card);
        int place = shownFirst ? index : cards.size() + unshown.size() + index;
        T removed = card.value();
        from.remove(card);
        frames.remove(card);
        if (compact != null) {
            compact.forget(card);
        }
        render();
        onEdit.run();
        onRemoved.accept(removed, place);
        // Keep the keyboard in the list, on the next card (or the previous one) as a whole: not in a text box,
        // so Ctrl+Z undoes the removal rather than typing there, and not on its Remove button, where a second
        // press or click would remove that one too. Tab goes on into its fields.
        if (!from.isEmpty()) {
            Card<T> neighbour = from.get(Math.min(index, from.size() - 1));
            Node next = compact != null ? compact.focusTarget(neighbour) : frames.get(neighbour).node();
            Platform.runLater(next::requestFocus);
        } else {
            Platform.runLater(add::requestFocus);
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
        if (unshown.isEmpty()) {
            cards.addAll(added);
            added.clear();
        }
        render();
    }

    /**
     * Puts every entry in order. As many cards as were on screen stay on screen: a card still among the first
     * that many keeps its node (and what is typed in it), one sorted further down is let go with its value,
     * and only an unshown entry sorted up among them gets a new card.
     */
    private void sort(Comparator<T> order) {
        List<Entry<T>> entries = new ArrayList<>();
        cards.forEach(card -> entries.add(new Entry<>(card.value(), card)));
        unshown.forEach(value -> entries.add(new Entry<>(value, null)));
        added.forEach(card -> entries.add(new Entry<>(card.value(), card)));
        List<Entry<T>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::value, order));
        if (sorted.equals(entries)) {
            return;
        }
        int shown = cards.size() + added.size();
        cards.clear();
        added.clear();
        unshown.clear();
        for (int i = 0; i < sorted.size(); i++) {
            Entry<T> entry = sorted.get(i);
            if (i < shown) {
                cards.add(entry.card() != null ? entry.card() : factory.create(entry.value(), onEdit));
            } else {
                unshown.add(entry.value());
                if (entry.card() != null) {
                    frames.remove(entry.card());
                }
            }
        }
        render();
        onEdit.run();
    }

    private void render() {
        cardBox.getChildren().setAll(framed(compact != null ? compact.ordered(cards) : cards, 1));
        addedBox.getChildren().setAll(framed(added, cards.size() + unshown.size() + 1));
        if (compact != null) {
            compact.top().setVisible(!cards.isEmpty() || !added.isEmpty());
            compact.refresh();
        }
        addedBox.setVisible(!added.isEmpty());
        emptyLabel.setVisible(cards.isEmpty() && unshown.isEmpty() && added.isEmpty());
        more.setVisible(!unshown.isEmpty());
        more.setText(Texts.get("list.showMore", Math.min(PAGE, unshown.size()), unshown.size()));
    }

    /** The frames of {@code list}, numbered from {@code first}. */
    private List<Node> framed(List<Card<T>> list, int first) {
        List<Node> nodes = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Card<T> card = list.get(i);
            Frame frame = frames.computeIfAbsent(card, this::frame);
            frame.title().setText(cardTitle.apply(first + i));
            nodes.add(frame.node());
        }
        return nodes;
    }

    private Frame frame(Card<T> card) {
        Label title = new Label();
        title.getStyleClass().add("card-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button remove = new Button(Texts.get("list.remove"), Icons.of(Feather.X));
        remove.getStyleClass().addAll("flat", "small", "remove-entry");
        remove.setOnAction(event -> remove(card));
        HBox header = new HBox(8, title, gap, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        if (compact != null) {
            return new Frame(compact.frame(card, header), title);
        }
        VBox frame = new VBox(8, header, card.view());
        frame.getStyleClass().add("entry-card");
        return new Frame(frame, title);
    }

    /** A card's frame and its heading, whose number changes as cards are added, removed and sorted. */
    private record Frame(Node node, Label title) {
    }

    /** An entry while sorting: its value, and its card if it has one. */
    private record Entry<T>(T value, Card<T> card) {
    }
}
