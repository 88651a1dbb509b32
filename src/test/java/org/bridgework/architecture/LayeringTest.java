package org.bridgework.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md section 3, checked on the compiled classes. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.bridgework");
    }

    @Test
    void theModelKnowsNothingOfScreensDatabasesOrTheRestOfTheApp() {
        noClasses().that().resideInAPackage("org.bridgework.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                        "org.bridgework.store..", "org.bridgework.ui..", "org.bridgework.cli..", "org.bridgework.text..",
                        "org.bridgework.settings..", "org.bridgework.exchange..")
                .check(classes);
    }

    @Test
    void theStoreUsesOnlyTheModel() {
        noClasses().that().resideInAPackage("org.bridgework.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.bridgework.ui..",
                        "org.bridgework.cli..", "org.bridgework.text..", "org.bridgework.settings..",
                        "org.bridgework.exchange..", "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void screensNeverTouchSql() {
        noClasses().that().resideInAPackage("org.bridgework.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void thePlanKnowsNothingOfScreensTheStoreOrTheCommandLine() {
        noClasses().that().resideInAPackage("org.bridgework.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bridgework.ui..", "org.bridgework.store..",
                        "org.bridgework.cli..", "java.sql..")
                .check(classes);
    }

    @Test
    void onlyThePlanTalksToThePdfLibraries() {
        noClasses().that().resideOutsideOfPackage("org.bridgework.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("com.openhtmltopdf..", "org.apache.pdfbox..",
                        "org.apache.fontbox..")
                .check(classes);
    }

    @Test
    void exportAndImportUseTheModelAndTheStoreButNoSqlAndNoScreens() {
        noClasses().that().resideInAPackage("org.bridgework.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "javafx..",
                        "org.bridgework.ui..", "org.bridgework.cli..", "org.bridgework.plan..")
                .check(classes);
    }

    @Test
    void onlyExportAndImportTalkToTheJsonLibrary() {
        noClasses().that().resideOutsideOfPackage("org.bridgework.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.bridgework.(**)").should().beFreeOfCycles().check(classes);
    }
}
