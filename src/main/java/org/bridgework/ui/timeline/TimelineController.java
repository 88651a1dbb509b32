package org.bridgework.ui.timeline;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.TrustPerspective;
import org.bridgework.model.timeline.ItemKind;
import org.bridgework.model.timeline.StatusFilter;
import org.bridgework.model.timeline.TimelineItem;
import org.bridgework.model.timeline.TimelineRow;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.Fxml;
import org.bridgework.ui.form.Parsed;
import org.bridgework.ui.form.Parsers;
import org.controlsfx.control.CheckComboBox;

/** The Timeline view: the trend charts, the filters, the actions and the list. */
public final class TimelineController {
    @FXML
    private ComboBox<TrustPerspective> perspectiveBox;
    @FXML
    private LineChart<Number, Number> trustChart;
    @FXML
    private LineChart<Number, Number> followThroughChart;
    @FXML
    private Label followThroughLabel;
    @FXML
    private Label silenceLabel;
    @FXML
    private CheckComboBox<ItemKind> kindBox;
    @FXML
    private ComboBox<StatusFilter> statusBox;
    @FXML
    private TextField fromField;
    @FXML
    private TextField toField;
    @FXML
    private TextField searchField;
    @FXML
    private Label countLabel;
    @FXML
    private Label changedByLabel;
    @FXML
    private Label filterProblem;
    @FXML
    private Button addCommitmentButton;
    @FXML
    private Button addConversationButton;
    @FXML
    private Button addCheckInButton;
    @FXML
    private Button doneButton;
    @FXML
    private javafx.scene.control.MenuItem missedItem;
    @FXML
    private javafx.scene.control.MenuItem openItem;
    @FXML
    private ListView<TimelineRow> list;

    private final TimelineViewModel model;
    private final DialogService dialogs;
    private final Consumer<RepairStep> openStep;
    private final Consumer<RepairStep> addEntry;
    private final Parent view;
    @FXML
    private javafx.scene.layout.HBox charts;
    @FXML
    private javafx.scene.layout.VBox followThroughBox;

    /**
     * @param openStep shows a step of the wizard
     * @param addEntry shows a step of the wizard with a new entry added to its list, the cursor in it
     */
    public TimelineController(TimelineViewModel model, DialogService dialogs, Consumer<RepairStep> openStep,
                              Consumer<RepairStep> addEntry) {
        this.model = model;
        this.dialogs = dialogs;
        this.openStep = openStep;
        this.addEntry = addEntry;
        this.view = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        list.setId("timelineList");
        searchField.setId("timelineSearch");
        countLabel.setId("timelineCount");
        statusBox.setId("timelineStatus");
        list.setItems(model.rows());
        list.setCellFactory(ignored -> new TimelineCell());
        Label placeholder = new Label();
        placeholder.setId("timelinePlaceholder");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && !openItem.isDisable()) {
                openInStep();
            } else if (event.getCode() == KeyCode.D && !doneButton.isDisabled()) {
                markDone();
            } else if (event.getCode() == KeyCode.M && !missedItem.isDisable()) {
                markMissed();
            } else {
                return;
            }
            event.consume();
        });
        // Issue 19: the sizes given in pixels grow with View → Zoom; the view scrolls when they no longer fit.
        org.bridgework.ui.common.Zoom.scaleHeights(charts, list);
        org.bridgework.ui.common.Zoom.scaleWidths(followThroughBox, statusBox, kindBox);
        setUpFilters();
        setUpCharts();
        setUpOpening();
        var selected = list.getSelectionModel().selectedItemProperty();
        // Nothing is acted on while only the start of a long timeline is shown: its items do not point into
        // the worksheets yet.
        var reading = model.completeProperty().not();
        var cannotEdit = model.wizard().readOnlyProperty().or(reading);
        doneButton.disableProperty().bind(Bindings.createBooleanBinding(() -> openCommitment().isEmpty(), selected)
                .or(cannotEdit));
        for (Button add : List.of(addCommitmentButton, addConversationButton, addCheckInButton)) {
            add.disableProperty().bind(cannotEdit);
        }
        missedItem.disableProperty().bind(doneButton.disableProperty());
        openItem.disableProperty().bind(Bindings.createBooleanBinding(() -> selectedItem().isEmpty(), selected)
                .or(reading));
        changedByLabel.textProperty().bind(model.changedByProperty());
        changedByLabel.visibleProperty().bind(model.changedByProperty().isNotEmpty());
        changedByLabel.managedProperty().bind(changedByLabel.visibleProperty());
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> model.completeProperty().get()
                ? Texts.get("timeline.count", model.shownCountProperty().get(), model.totalCountProperty().get())
                : Texts.get("timeline.countReading", model.shownCountProperty().get()),
                model.shownCountProperty(), model.totalCountProperty(), model.completeProperty()));
    }

    public Parent view() {
        return view;
    }

    /** Puts the keyboard on the list, e.g. after switching to this view. */
    public void focusList() {
        javafx.application.Platform.runLater(list::requestFocus);
    }

    @FXML
    private void addCommitment() {
        addEntry.accept(RepairStep.ACT);
    }

    @FXML
    private void addConversation() {
        addEntry.accept(RepairStep.TALK);
    }

    @FXML
    private void addCheckIn() {
        addEntry.accept(RepairStep.REBUILD);
    }

    @FXML
    private void markDone() {
        openCommitment().ifPresent(item -> dialogs.askText(Texts.get("timeline.done.title"),
                Texts.get("timeline.done.header", item.title()), Texts.get("timeline.done.label"), "",
                Texts.get("timeline.done.confirm"))
                .ifPresent(evidence -> model.markDone(item.index(), evidence)));
    }

    @FXML
    private void markMissed() {
        // Asks first when it is not due yet; either way it can be undone (Ctrl+Z, the undo bar).
        openCommitment().ifPresent(item -> model.markMissed(item.index()));
    }

    @FXML
    private void openInStep() {
        selectedItem().ifPresent(item -> openStep.accept(item.step()));
    }

    @FXML
    private void draftProgress() {
        model.draftMail(org.bridgework.plan.mail.MailKind.PROGRESS);
    }

    private Optional<TimelineItem> selectedItem() {
        TimelineRow row = list.getSelectionModel().getSelectedItem();
        return row instanceof TimelineRow.Item item ? Optional.of(item.item()) : Optional.empty();
    }

    /** The selected item, if it is a commitment still open (planned, in progress or overdue). */
    private Optional<TimelineItem> openCommitment() {
        return selectedItem().filter(TimelineItem::isCommitment)
                .filter(item -> item.status().filter(s -> switch (s) {
                    case PLANNED, IN_PROGRESS, OVERDUE -> true;
                    default -> false;
                }).isPresent());
    }

    /**
     * Opens at today: when a relationship's timeline is first shown, or shown again, the list scrolls so the
     * "today" marker is near the top, with what comes next below it. An empty list says whether nothing is
     * recorded yet or nothing matches the search and filters.
     */
    private void setUpOpening() {
        TodayScroll today = new TodayScroll(list);
        model.activeProperty().addListener((o, was, now) -> today.expect(now));
        model.wizard().repairProperty().addListener((o, old, repair) -> {
            if (repair != null && (old == null || old.relationshipId() != repair.relationshipId())) {
                today.expect(true);
            }
        });
        today.expect(model.activeProperty().get());
        model.rows().addListener((ListChangeListener<TimelineRow>) change -> {
            if (model.completeProperty().get()) {
                today.rowsChanged();
            }
        });
        ((Label) list.getPlaceholder()).textProperty().bind(Bindings.createStringBinding(() -> !model.narrowedProperty().get()
                        ? Texts.get("timeline.empty") : model.textProperty().get().isBlank() ? Texts.get("timeline.noMatch")
                        : Texts.get("timeline.noMatchText", model.textProperty().get().strip()),
                model.narrowedProperty(), model.textProperty()));
    }

    private void setUpFilters() {
        kindBox.getItems().setAll(ItemKind.values());
        kindBox.setConverter(converter(kind -> Texts.get("timeline.kind." + kind.name())));
        kindBox.getCheckModel().checkAll();
        kindBox.setTitle(Texts.get("timeline.kinds"));
        kindBox.getCheckModel().getCheckedItems().addListener((ListChangeListener<ItemKind>) change -> {
            var checked = kindBox.getCheckModel().getCheckedItems();
            model.kindsProperty().set(checked.isEmpty() ? EnumSet.noneOf(ItemKind.class) : EnumSet.copyOf(checked));
        });
        statusBox.getItems().setAll(StatusFilter.values());
        statusBox.setConverter(converter(status -> Texts.get("timeline.status." + status.name())));
        statusBox.setValue(StatusFilter.ALL);
        statusBox.valueProperty().addListener((o, old, status) -> model.statusProperty().set(status));
        searchField.textProperty().bindBidirectional(model.textProperty());
        fromField.textProperty().addListener((o, old, text) -> dateTyped(text, true));
        toField.textProperty().addListener((o, old, text) -> dateTyped(text, false));
        filterProblem.managedProperty().bind(filterProblem.visibleProperty());
        filterProblem.setVisible(false);
    }

    private void dateTyped(String text, boolean from) {
        Parsed<Optional<LocalDate>> parsed = Parsers.date().apply(text);
        filterProblem.setVisible(!parsed.valid());
        filterProblem.setText(parsed.valid() ? "" : parsed.problem());
        if (parsed.valid()) {
            (from ? model.fromProperty() : model.toProperty()).set(parsed.value());
        }
    }

    private void setUpCharts() {
        perspectiveBox.getItems().setAll(TrustPerspective.values());
        perspectiveBox.setConverter(converter(p -> Texts.get("timeline.perspective." + p.name())));
        perspectiveBox.setValue(TrustPerspective.OUR_TRUST_IN_THEM);
        perspectiveBox.valueProperty().addListener((o, old, p) -> redrawCharts());
        model.rows().addListener((ListChangeListener<TimelineRow>) change -> redrawCharts());
        // The rows may be in already (the timeline first opened on a repair read before): draw them now.
        redrawCharts();
    }

    private void redrawCharts() {
        RepairCase repair = model.wizard().repairProperty().get();
        if (repair == null) {
            trustChart.getData().clear();
            followThroughChart.getData().clear();
            return;
        }
        LocalDate today = model.wizard().today();
        List<LocalDate> dates = model.rows().stream().filter(TimelineRow.Item.class::isInstance)
                .map(row -> ((TimelineRow.Item) row).item().date()).toList();
        LocalDate first = dates.isEmpty() ? today.minusDays(30) : dates.get(0);
        LocalDate last = dates.isEmpty() ? today : dates.get(dates.size() - 1);
        if (today.isAfter(last)) {
            last = today;
        }
        TrendCharts.fill(trustChart, followThroughChart, repair, perspectiveBox.getValue(), first, last, today);
        followThroughLabel.setText(org.bridgework.model.repair.FollowThrough.rate(repair.actionPlan().commitments(), today)
                .map(rate -> Texts.get("timeline.followThrough", rate.kept(), rate.due(), rate.ratio()))
                .orElse(Texts.get("timeline.followThroughNone")));
        showSilence(org.bridgework.model.repair.SilenceClock.of(repair, today));
    }

    /** The silence clock under the follow-through: a warning while no word has reached them for too long. */
    private void showSilence(java.util.Optional<org.bridgework.model.repair.SilenceClock> clock) {
        silenceLabel.setVisible(clock.isPresent());
        silenceLabel.setManaged(clock.isPresent());
        clock.ifPresent(c -> {
            silenceLabel.setText(Texts.get(c.ongoing() ? "timeline.silence.ongoing" : "timeline.silence.ended",
                    c.days()));
            silenceLabel.getStyleClass().setAll("label", c.tooLong() ? "insight-warning" : "text-muted");
        });
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> names) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : names.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
