package org.bridgework.model.repair;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules layer must stay pure: only the JDK and the model package, and no JavaFX or SQL. */
class RepairPackageDependenciesTest {
    private static final JavaClasses REPAIR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.bridgework.model.repair");

    @Test
    void dependsOnlyOnTheJdkAndTheModel() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.bridgework.model..")
                .check(REPAIR);
    }

    @Test
    void usesNoJavaFxSqlOrDesktopApi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                "java.awt..", "javax.swing..").check(REPAIR);
    }
}
