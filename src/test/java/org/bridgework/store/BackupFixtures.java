package org.bridgework.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bridgework.model.Relationship;
import org.bridgework.testing.FixedClock;

/** Workbooks and backups on real files, read back through plain connections of their own. */
public final class BackupFixtures {
    private BackupFixtures() {
    }

    /** 09:30 UTC on {@code day}. */
    static Clock on(LocalDate day) {
        return FixedClock.at(day.atTime(9, 30).toInstant(ZoneOffset.UTC));
    }

    static Clock at(String instant) {
        return FixedClock.at(Instant.parse(instant));
    }

    /** A workbook holding relationships with these names. */
    static void workbookWith(Path file, String... names) throws Exception {
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            add(workbook, names);
        }
    }

    static void add(Workbook workbook, String... names) {
        for (String name : names) {
            workbook.relationships().create(Relationship.draft(name, FixedClock.NOW));
        }
    }

    /** The relationship names in {@code file}, read through a connection of its own, without upgrading anything. */
    public static List<String> names(Path file) throws Exception {
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM relationship ORDER BY name")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    static int pragma(Path file, String name) throws Exception {
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement()) {
            return WorkbookTest.pragma(statement, name);
        }
    }

    /** The names of the files in {@code folder}, sorted; none if it does not exist. */
    static List<String> fileNames(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
