package org.bridgework.example;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The example is plain data built from the model: it may use only the JDK and the model packages. Only
 * {@link ExampleWorkbook}, which writes it into a workbook file, also uses the store.
 */
class ExamplePackageDependenciesTest {
    private static final JavaClasses EXAMPLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.bridgework.example");

    @Test
    void dependsOnlyOnTheJdkAndTheModel() {
        classes().that().doNotHaveSimpleName("ExampleWorkbook").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.bridgework.model..", "org.bridgework.example..")
                .check(EXAMPLE);
    }
}
