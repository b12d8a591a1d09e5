package nl.meldtafel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.meldtafel.alert.StoredAlertService;
import nl.meldtafel.alert.StoredOfficerService;
import nl.meldtafel.groups.StoredGroupRegister;
import nl.meldtafel.groups.StoredPasteChecklist;
import nl.meldtafel.retention.StoredRetentionService;
import nl.meldtafel.store.DeskLog;
import nl.meldtafel.store.ExistingLog;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.store.StorageUnavailableException;

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

    /**
     * Views and view models get services through their constructors (built once in app/): no repository,
     * and of the store only the desk's view of opening the log and its errors, so a server backend
     * changes nothing in ui/.
     */
    @ArchTest
    static final ArchRule uiReachesDataOnlyThroughServices = noClasses()
            .that().resideInAPackage("nl.meldtafel.ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat(resideInAPackage("nl.meldtafel.store..")
                    .and(not(belongToAnyOf(DeskLog.class, ExistingLog.class, ExistingLog.AtStart.class,
                            StorageException.class, StorageException.Reason.class, StorageUnavailableException.class,
                            nl.meldtafel.store.NewerVersionException.class))));

    /** Commands open the log through the same services; only the store knows SQLite. */
    @ArchTest
    static final ArchRule onlyTheStoreKnowsItsBackend = noClasses()
            .that().resideOutsideOfPackage("nl.meldtafel.store..")
            .should().dependOnClassesThat().haveSimpleNameStartingWith("Sqlite")
            .orShould().dependOnClassesThat().haveSimpleName("Database");

    /**
     * Views and commands know a service only by its interface, so a component test can hand a view a fake;
     * only the store builds the stored implementations.
     */
    @ArchTest
    static final ArchRule onlyTheStoreBuildsStoredServices = noClasses()
            .that().resideOutsideOfPackage("nl.meldtafel.store..").and().haveSimpleNameNotStartingWith("Stored")
            .should().dependOnClassesThat().belongToAnyOf(StoredAlertService.class, StoredOfficerService.class,
                    StoredPasteChecklist.class, StoredGroupRegister.class, StoredRetentionService.class);
}
