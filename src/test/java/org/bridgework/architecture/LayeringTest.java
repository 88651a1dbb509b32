package org.bridgework.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md section 3, checked on the compiled classes as allow-lists: each package names
 * everything it may use, so a new dependency is a decision made here, not a gap nobody thought to close. A
 * package of the app that has no allow-list fails {@link #everyPackageHasAnAllowList}.
 */
class LayeringTest {
    /** The parts of the JDK that any layer may use: the language, collections, time, text, files. */
    private static final String[] PLAIN_JAVA = {"java.lang..", "java.util..", "java.time..", "java.math..",
            "java.text..", "java.io..", "java.nio.."};
    private static final String APP = "org.bridgework.";

    /** Package (with its subpackages) → what it may depend on besides plain Java and itself. */
    private static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

    static {
        // The domain: records, enums and rules. Nothing of the app, no screens, no SQL, no desktop.
        allow("model");
        // Facts about the build (the version); the resource bundles and how to read them.
        allow("about");
        allow("text");
        // Writing a file whole or not at all, with the reason in plain words.
        allow("files", "text");
        // The window's settings file.
        allow("settings");
        // A desktop notification through the system's own tool (notify-send).
        allow("desktop");
        // The log file and the recent problems: any layer logs through System.Logger; SQL codes are read here.
        allow("logging", "java.sql..");
        // The repair's fields described once (name, kind, column, export name): the store and the export, and
        // the screens and the plan where they list fields, follow these descriptions instead of naming each field.
        allow("fields", "model");
        // The SQLite workbook and the team workbook: the model in, the model out. pgjdbc's own API only where JDBC
        // has none: the notifications of the team workbook's change feed (LISTEN/NOTIFY).
        allow("store", "model", "fields", "backup", "java.sql..", "org.sqlite..", "java.net..", "org.postgresql..");
        // Passphrase-encrypted copies as OpenPGP (Bouncy Castle; the JDK's SecureRandom for salts and session keys).
        allow("backup", "files", "org.bouncycastle..", "java.security..");
        // Encrypted copies in a second folder, and the system's secret store for their passphrase (its tools; on
        // Windows advapi32 through JNA).
        allow("offsite", "store", "backup", "com.sun.jna..");
        // The store's and the encrypted copies' problems in plain words, for the window and the command line.
        allow("problems", "store", "backup", "text");
        // The example workbook, written through the store.
        allow("example", "model", "store");
        // The repair plan as a PDF, and printing it: no toolkit, so the command line needs no display.
        // Issue 19: the JDK's sRGB profile for PDF/A (java.awt.color, no toolkit) and the renderer's XHTML DOM.
        allow("plan", "model", "text", "com.openhtmltopdf..", "org.apache.pdfbox..", "org.apache.fontbox..",
                "java.awt.image..", "java.awt.print..", "javax.print..", "java.awt.color..", "org.w3c.dom..");
        // Export and import files: the documented JSON format, through the store.
        allow("exchange", "model", "fields", "store", "text", "files", "backup", "com.fasterxml.jackson..");
        // The commands without a window.
        allow("cli", "model", "store", "plan", "exchange", "example", "problems", "text", "files", "about", "backup",
                "javax.print..", "picocli..");
        // The screens: no SQL, no PDF or JSON library, not the command line nor the composition root. Style
        // sheets are found by URL; the plan preview turns PDFBox's AWT pictures of the pages into JavaFX images.
        allow("ui", "model", "fields", "store", "plan", "exchange", "example", "problems", "text", "files", "settings", "about", "backup", "offsite",
                "desktop", "logging", "javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..", "java.net..", "java.awt.image..");
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.bridgework");
    }

    private static void allow(String layer, String... others) {
        ALLOWED.put(layer, List.of(others));
    }

    @Test
    void eachPackageUsesOnlyWhatItsAllowListNames() {
        ALLOWED.forEach((layer, others) -> {
            String[] allowed = Stream.of(Stream.of(PLAIN_JAVA), Stream.of(APP + layer + ".."),
                    others.stream().map(other -> other.contains(".") ? other : APP + other + ".."))
                    .flatMap(s -> s).toArray(String[]::new);
            classes().that().resideInAPackage(APP + layer + "..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                    .as(layer + " uses only " + String.join(", ", allowed))
                    .check(classes);
        });
    }

    @Test
    void everyPackageHasAnAllowList() {
        Set<String> unlisted = classes.stream().map(JavaClass::getPackageName)
                .filter(name -> !name.equals("org.bridgework"))
                .filter(name -> ALLOWED.keySet().stream()
                        .noneMatch(layer -> name.equals(APP + layer) || name.startsWith(APP + layer + ".")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unlisted, "packages without an allow-list in LayeringTest");
    }

    @Test
    void theModelTouchesNoFilesEither() {
        noClasses().that().resideInAPackage("org.bridgework.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..")
                .check(classes);
    }

    @Test
    void onlyTheScreensAndTheAppClassUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.bridgework.ui..", "org.bridgework")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
                .check(classes);
    }

    @Test
    void nothingUsesTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("org.bridgework")
                .should().dependOnClassesThat().resideInAPackage("org.bridgework")
                .check(classes);
    }

    /**
     * Issue 16: the screens, the plan, the exchange format and the rules do not know which store they use. The
     * team workbook's classes and the PostgreSQL driver are reached only by the store itself and by the places
     * that open a workbook (the command line, the composition root; the window through
     * {@code WorkbookStore.openTeam}, with a {@code TeamAddress}, a plain value); the plan, the exchange format and
     * the model never name a store's implementation, only {@code WorkbookStore} and the repositories.
     */
    @Test
    void onlyTheStoreKnowsWhichStoreItIs() {
        noClasses().that().resideInAnyPackage("org.bridgework.ui..", "org.bridgework.plan..",
                        "org.bridgework.exchange..", "org.bridgework.model..", "org.bridgework.fields..")
                .should().dependOnClassesThat().haveNameMatching("org\\.bridgework\\.store\\.(TeamWorkbook|TeamConnections"
                        + "|TeamSchemaMigrations|SqlDialect|NumberedParameters|ServerProblems|ServerText"
                        + "|ReconnectingConnection|SqliteConnections|TeamChangeFeed)\\b.*")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.postgresql..", "org.sqlite..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.bridgework.plan..", "org.bridgework.exchange..",
                        "org.bridgework.model..", "org.bridgework.fields..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.bridgework.store.Workbook")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.bridgework.(**)").should().beFreeOfCycles().check(classes);
    }
}
