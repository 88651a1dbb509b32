/** Bridgework: a desktop workbook for rebuilding a damaged business relationship. */
module org.bridgework {
    requires javafx.controls;
    requires javafx.fxml;
    requires org.controlsfx.controls;
    requires java.sql;
    requires java.prefs;
    requires org.xerial.sqlitejdbc;
    // Team workbooks on a PostgreSQL server (org.bridgework.store's Team* classes): pgjdbc, an automatic module,
    // found by DriverManager through its service entry.
    requires org.postgresql.jdbc;
    requires atlantafx.base;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.feather;
    // The printable plan. openhtmltopdf and PDFBox are automatic modules (no module-info of their own);
    // commons-logging is an explicit module that nothing else asks for, so PDFBox finds it only if we require it.
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires org.apache.commons.logging;
    requires java.desktop;
    requires java.logging;
    // Export and import files (org.bridgework.exchange): Jackson's streaming JSON parser and generator.
    requires com.fasterxml.jackson.core;
    // The command line (org.bridgework.cli): picocli reads the commands' annotations and sets their fields.
    requires info.picocli;
    // Encrypted copies (org.bridgework.backup.crypto): Bouncy Castle's OpenPGP, explicit modules both.
    requires org.bouncycastle.pg;
    requires org.bouncycastle.provider;
    // The passphrase in Windows' Credential Manager (org.bridgework.offsite.windows): JNA, an automatic module. It
    // reads and writes the fields of the credential structure by reflection.
    requires com.sun.jna;

    exports org.bridgework;
    exports org.bridgework.model;

    opens org.bridgework.cli to info.picocli;
    opens org.bridgework.offsite.windows to com.sun.jna;
    opens org.bridgework.ui.main to javafx.fxml;
    opens org.bridgework.ui.portfolio to javafx.fxml;
    opens org.bridgework.ui.details to javafx.fxml;
    opens org.bridgework.ui.wizard to javafx.fxml;
    opens org.bridgework.ui.timeline to javafx.fxml;
    opens org.bridgework.ui.plan to javafx.fxml;
    opens org.bridgework.ui.trash to javafx.fxml;
}
