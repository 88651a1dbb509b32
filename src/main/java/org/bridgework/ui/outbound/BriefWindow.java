package org.bridgework.ui.outbound;

import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bridgework.files.AtomicFiles;
import org.bridgework.plan.BriefPdf;
import org.bridgework.plan.PlanRequest;
import org.bridgework.plan.mail.MailKind;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.plan.PlanPages;

/**
 * Relationship → Meeting brief…: the one-page brief for the next conversation, drawn from the PDF it saves (made
 * on the compute thread), with Save as PDF… (Ctrl+S), Draft check-in request… and Close (Esc).
 */
public final class BriefWindow {
    private final Stage stage = new Stage();
    private final StackPane page = new StackPane(new ProgressIndicator());
    private final Label status = new Label();
    private final Button save = new Button(Texts.get("brief.window.save"));
    private final Button draft = new Button(Texts.get("brief.window.draft"));
    private byte[] pdf;

    private BriefWindow(Window owner, PlanRequest request, OutboundViewModel outbound, OutboundDialogs questions,
                        DialogService dialogs, TaskRunner compute, Path folder) {
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(Texts.get("brief.window.title", request.relationship().name()));
        save.setDisable(true);
        save.setOnAction(e -> save(questions, dialogs, compute, folder, request));
        draft.setOnAction(e -> outbound.draft(MailKind.CHECK_IN));
        Button close = new Button(Texts.get("brief.window.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, gap, draft, save, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(8, 12, 8, 12));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(true);
        scroll.setAccessibleText(Texts.get("brief.window.pageText"));
        scroll.getStyleClass().add("brief-page");
        page.setPadding(new Insets(12));
        BorderPane root = new BorderPane(scroll, null, null, buttons, null);
        Scene scene = new Scene(root, 860, 720);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), save::fire);
        stage.setScene(scene);
        compute.run(() -> {
            byte[] made = BriefPdf.render(request);
            return new Object[] {made, PlanPages.render(made, PlanPages.PREVIEW_DPI)};
        }, done -> shown((byte[]) done[0], (PlanPages) done[1]), error -> {
            page.getChildren().setAll(new Label(Texts.get("brief.window.failed")));
            dialogs.showError(Texts.get("brief.window.failed"), Texts.get("plan.error.render"), String.valueOf(error));
        });
    }

    /** Opens the brief of the request's relationship beside the main window. */
    public static void open(Window owner, OutboundViewModel outbound, OutboundDialogs questions, DialogService dialogs,
                            TaskRunner compute, Path folder) {
        Optional<PlanRequest> request = outbound.request();
        if (request.isEmpty()) {
            return;
        }
        BriefWindow window = new BriefWindow(owner, request.get(), outbound, questions, dialogs, compute, folder);
        window.stage.show();
        window.draft.requestFocus();
    }

    private void shown(byte[] made, PlanPages pages) {
        pdf = made;
        ImageView image = new ImageView(pages.images().get(0));
        image.setPreserveRatio(true);
        image.setFitWidth(pages.widthPt() * 96 / 72);
        image.setAccessibleText(Texts.get("brief.window.pageText"));
        page.getChildren().setAll(image);
        save.setDisable(false);
        status.setText(Texts.get("brief.window.ready"));
    }

    private void save(OutboundDialogs questions, DialogService dialogs, TaskRunner compute, Path folder,
                      PlanRequest request) {
        if (pdf == null) {
            return;
        }
        byte[] bytes = pdf;
        String name = Texts.get("brief.fileName", request.relationship().name())
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        questions.chooseTarget(Texts.get("brief.save.title"), folder, name, Texts.get("dialog.filter.pdf"), ".pdf")
                .ifPresent(target -> compute.run(() -> {
                    AtomicFiles.write(target, bytes);
                    return target;
                }, saved -> status.setText(Texts.get("brief.window.saved", saved)), error -> dialogs.showError(
                        Texts.get("outbound.error.title"), Texts.get("outbound.error.write", target,
                                error instanceof java.io.IOException io ? AtomicFiles.reason(io)
                                        : String.valueOf(error.getMessage())), "")));
    }
}
