package org.bridgework.ui.main;

import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.bridgework.store.TeamAddress;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Theme;

/**
 * File → Open team workbook…: host, port, database, user and TLS mode of a team workbook on a PostgreSQL server,
 * with verify-full (TLS, the server's certificate checked against its name) offered first. The password is asked
 * for each time and never kept; left empty, it is taken from ~/.pgpass (or PGPASSWORD). Each field has its
 * mnemonic; Enter opens, Esc cancels; an address that cannot work is explained under the fields, which keep what
 * was typed.
 */
final class TeamWorkbookDialog extends Dialog<TeamWorkbookDialog.Answer> {
    /** Where to connect, and the password typed (empty: from ~/.pgpass or PGPASSWORD). */
    record Answer(TeamAddress address, char[] password) {
        /** The password to hand the driver: null when none was typed. */
        char[] passwordOrNull() {
            return password.length == 0 ? null : password;
        }
    }

    private final TextField host = field("teamHost", "");
    private final TextField port = field("teamPort", Integer.toString(TeamAddress.DEFAULT_PORT));
    private final TextField database = field("teamDatabase", "");
    private final TextField user = field("teamUser", System.getProperty("user.name", ""));
    private final ComboBox<String> tls = new ComboBox<>();
    private final PasswordField password = new PasswordField();
    private final Label problem = new Label();
    /** The schema of a recent team workbook asked for again; the default one for an address typed here. */
    private String schema = TeamAddress.DEFAULT_SCHEMA;
    private javafx.scene.Node firstFocus = host;

    TeamWorkbookDialog(Window owner) {
        initOwner(owner);
        setTitle(Texts.get("team.open.title"));
        setHeaderText(Texts.get("team.open.header"));
        ButtonType open = new ButtonType(Texts.get("team.open.confirm"), ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        getDialogPane().setPrefWidth(560);
        tls.setId("teamTls");
        tls.getItems().addAll("verify-full", "verify-ca", "require", "prefer", "disable");
        tls.getSelectionModel().select(TeamAddress.DEFAULT_SSL_MODE);
        password.setId("teamPassword");
        password.setPromptText(Texts.get("team.open.password.prompt"));
        problem.setId("teamProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("text-danger");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        String[] labels = {"team.open.host", "team.open.port", "team.open.database", "team.open.user", "team.open.tls",
            "team.open.password"};
        javafx.scene.Node[] fields = {host, port, database, user, tls, password};
        for (int row = 0; row < labels.length; row++) {
            Label label = new Label(Texts.get(labels[row]));
            label.setMnemonicParsing(true);
            label.setLabelFor(fields[row]);
            grid.addRow(row, label, fields[row]);
        }
        grid.add(problem, 0, labels.length, 2, 1);
        getDialogPane().setContent(grid);

        Button openButton = (Button) getDialogPane().lookupButton(open);
        openButton.addEventFilter(ActionEvent.ACTION, event -> {
            Optional<String> wrong = check();
            wrong.ifPresent(reason -> {
                problem.setText(reason);
                event.consume(); // the dialog stays open, with everything typed
            });
        });
        setResultConverter(button -> button == open ? new Answer(address(), password.getText().toCharArray()) : null);
        setOnShown(event -> Platform.runLater(firstFocus::requestFocus));
    }

    /** Shows the dialog and waits for the answer; empty if cancelled. */
    static Optional<Answer> ask(Window owner) {
        return new TeamWorkbookDialog(owner).showAndWait();
    }

    /**
     * Asks again for a recent team workbook at {@code known}: its address filled in, the cursor in the password
     * (left empty, it comes from ~/.pgpass); empty if cancelled.
     */
    static Optional<Answer> askPassword(Window owner, TeamAddress known) {
        TeamWorkbookDialog dialog = new TeamWorkbookDialog(owner);
        dialog.setHeaderText(Texts.get("team.recent.header", known.displayName(), known.user()));
        dialog.host.setText(known.host());
        dialog.port.setText(Integer.toString(known.port()));
        dialog.database.setText(known.database());
        dialog.user.setText(known.user());
        if (!dialog.tls.getItems().contains(known.sslMode())) {
            dialog.tls.getItems().add(known.sslMode());
        }
        dialog.tls.getSelectionModel().select(known.sslMode());
        dialog.schema = known.schema();
        dialog.firstFocus = dialog.password;
        return dialog.showAndWait();
    }

    /** Why the fields cannot make an address, in plain words; empty when they can. */
    Optional<String> check() {
        try {
            address();
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(Texts.get("team.open.badPort", port.getText()));
        } catch (IllegalArgumentException e) {
            return Optional.of(Texts.get("team.open.bad", e.getMessage()));
        }
    }

    private TeamAddress address() {
        return new TeamAddress(user.getText().strip(), host.getText().strip(), Integer.parseInt(port.getText().strip()),
                database.getText().strip(), tls.getValue(), schema);
    }

    private static TextField field(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        return field;
    }
}
