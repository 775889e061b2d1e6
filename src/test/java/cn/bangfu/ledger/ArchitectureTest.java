package cn.bangfu.ledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of ARCHITECTURE.md: arrows point down only (app → gui → logic → store → model). */
@AnalyzeClasses(packages = "cn.bangfu.ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("cn.bangfu.ledger.app..")
            .layer("Gui").definedBy("cn.bangfu.ledger.gui..")
            .layer("Logic").definedBy("cn.bangfu.ledger.logic..")
            .layer("Store").definedBy("cn.bangfu.ledger.store..")
            .layer("Model").definedBy("cn.bangfu.ledger.model..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Gui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Logic").mayOnlyBeAccessedByLayers("App", "Gui")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Logic")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("App", "Gui", "Logic", "Store");

    @ArchTest
    static final ArchRule onlyStoreUsesJooq = noClasses().that().resideOutsideOfPackage("cn.bangfu.ledger.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.sqlite..");

    @ArchTest
    static final ArchRule onlyGuiUsesJavaFx = noClasses().that().resideOutsideOfPackage("cn.bangfu.ledger.gui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..");

    @ArchTest
    static final ArchRule modelNeedsOnlyTheJdk = classes().that().resideInAPackage("cn.bangfu.ledger.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "cn.bangfu.ledger.model..");

    @ArchTest
    static final ArchRule viewModelsNeverTouchNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule noConsoleOutsideTheCli = noClasses().that().resideOutsideOfPackage("cn.bangfu.ledger.app..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}
