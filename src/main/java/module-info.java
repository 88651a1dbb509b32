/** Bridgework: a desktop workbook for rebuilding a damaged business relationship. */
module org.bridgework {
    requires javafx.controls;
    requires javafx.fxml;
    requires org.controlsfx.controls;
    requires java.sql;
    requires java.prefs;
    requires org.xerial.sqlitejdbc;
    requires atlantafx.base;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.feather;

    exports org.bridgework;
    exports org.bridgework.model;

    opens org.bridgework.ui.main to javafx.fxml;
    opens org.bridgework.ui.portfolio to javafx.fxml;
    opens org.bridgework.ui.details to javafx.fxml;
    opens org.bridgework.ui.wizard to javafx.fxml;
    opens org.bridgework.ui.timeline to javafx.fxml;
}
