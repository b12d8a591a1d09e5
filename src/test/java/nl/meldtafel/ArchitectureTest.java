package nl.meldtafel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of the house, checked on every build (issue 13). */
@AnalyzeClasses(packages = "nl.meldtafel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The domain and storage are unit-tested without a toolkit and will serve a server backend too. */
    @ArchTest
    static final ArchRule noJavaFxOutsideAppAndUi = noClasses()
            .that().resideOutsideOfPackages("nl.meldtafel.app..", "nl.meldtafel.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule javaSqlOnlyInStore = noClasses()
            .that().resideOutsideOfPackage("nl.meldtafel.store..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("nl.meldtafel.(*)..").should().beFreeOfCycles();

    /** The domain states what it needs as interfaces; the store implements them, never the other way round. */
    @ArchTest
    static final ArchRule domainDoesNotDependOnTheStore = noClasses()
            .that().resideInAnyPackage("nl.meldtafel.alert..", "nl.meldtafel.message..", "nl.meldtafel.template..",
                    "nl.meldtafel.groups..", "nl.meldtafel.retention..", "nl.meldtafel.stats..", "nl.meldtafel.weekly..",
                    "nl.meldtafel.whatsapp..", "nl.meldtafel.i18n..")
            .should().dependOnClassesThat().resideInAPackage("nl.meldtafel.store..");
}
