package org.bridgework.ui.plan;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.bridgework.plan.Paper;
import org.bridgework.plan.PlanVersion;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Fxml;

/** The Plan view: the version switch, the paper, the page preview, Print… and Save as PDF…. */
public final class PlanController {
    /** Space around the pages, so a page never touches the edge of the view. */
    private static final double GUTTER = 48;

    @FXML
    private ToggleButton internalButton;
    @FXML
    private ToggleButton shareableButton;
    @FXML
    private ComboBox<Paper> paperBox;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label statusLabel;
    @FXML
    private Button printButton;
    @FXML
    private Button saveButton;
    @FXML
    private ScrollPane preview;
    @FXML
    private VBox pageList;
    @FXML
    private StackPane placeholder;

    private final PlanViewModel model;
    private final Parent view;

    public PlanController(PlanViewModel model) {
        this.model = model;
        this.view = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        preview.setId("planPreview");
        pageList.setId("planPages");
        internalButton.setId("planInternal");
        shareableButton.setId("planShareable");
        paperBox.setId("planPaper");
        printButton.setId("planPrint");
        saveButton.setId("planSave");
        statusLabel.setId("planStatus");
        ToggleGroup versions = new ToggleGroup();
        internalButton.setToggleGroup(versions);
        shareableButton.setToggleGroup(versions);
        internalButton.setUserData(PlanVersion.INTERNAL);
        shareableButton.setUserData(PlanVersion.SHAREABLE);
        versions.selectToggle(model.versionProperty().get() == PlanVersion.SHAREABLE ? shareableButton : internalButton);
        versions.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                versions.selectToggle(old); // one of the two is always chosen
            } else {
                model.versionProperty().set((PlanVersion) now.getUserData());
            }
        });
        paperBox.getItems().setAll(Paper.values());
        paperBox.setConverter(new PaperNames());
        paperBox.valueProperty().bindBidirectional(model.paperProperty());
        progress.visibleProperty().bind(model.busyProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        printButton.disableProperty().bind(model.busyProperty().or(model.pagesProperty().isNull()));
        saveButton.disableProperty().bind(model.busyProperty().or(model.pagesProperty().isNull()));
        placeholder.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.pagesProperty().get() == null, model.pagesProperty()));
        model.pagesProperty().addListener((o, old, pages) -> showPages(pages));
        // Pages rendered before this view was first made are shown too.
        showPages(model.pagesProperty().get());
    }

    public Parent view() {
        return view;
    }

    @FXML
    private void print() {
        model.print();
    }

    @FXML
    private void save() {
        model.saveAsPdf();
    }

    /** One image per page, as wide as the view allows but never wider than the page at 100 %. */
    private void showPages(PlanPages pages) {
        double top = preview.getVvalue();
        pageList.getChildren().clear();
        if (pages == null) {
            return;
        }
        int number = 1;
        for (Image image : pages.images()) {
            ImageView page = new ImageView(image);
            page.setPreserveRatio(true);
            page.setSmooth(true);
            page.getStyleClass().add("plan-page");
            page.fitWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(200, Math.min(image.getWidth() * 96 / pages.dpi(),
                            preview.getViewportBounds().getWidth() - GUTTER)),
                    preview.viewportBoundsProperty()));
            page.setAccessibleText(Texts.get("plan.view.pageAccessible", number++, pages.count()));
            StackPane sheet = new StackPane(page);
            sheet.getStyleClass().add("plan-sheet");
            sheet.setMaxWidth(StackPane.USE_PREF_SIZE);
            pageList.getChildren().add(sheet);
        }
        preview.setVvalue(top);
    }

    /** The paper sizes as the user reads them. */
    static final class PaperNames extends StringConverter<Paper> {
        @Override
        public String toString(Paper paper) {
            return paper == null ? "" : Texts.get("plan.paper." + paper.name());
        }

        @Override
        public Paper fromString(String text) {
            return null;
        }
    }
}
