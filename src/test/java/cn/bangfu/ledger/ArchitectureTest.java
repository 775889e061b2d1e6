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

    /** The rules judge values: no database, no services, nothing but the model and the JDK. */
    @ArchTest
    static final ArchRule rulesArePure = classes().that().resideInAPackage("cn.bangfu.ledger.logic.rules..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "cn.bangfu.ledger.model..",
                    "cn.bangfu.ledger.logic.rules..");

    /**
     * Only the ViewModel side talks to logic services: a class that builds or touches nodes (a View) binds to its
     * ViewModel and calls its handlers (the composition root, BangfuApp, excepted).
     */
    @ArchTest
    static final ArchRule viewsNeverCallServices = noClasses().that().resideInAPackage("cn.bangfu.ledger.gui..")
            .and().doNotHaveSimpleName("BangfuApp")
            .and(com.tngtech.archunit.base.DescribedPredicate.describe("touch nodes",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.getDirectDependenciesFromSelf().stream()
                            .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("javafx.scene"))))
            .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "a method of a logic service",
                    (com.tngtech.archunit.core.domain.JavaMethodCall call) -> {
                        var owner = call.getTargetOwner();
                        return owner.getPackageName().startsWith("cn.bangfu.ledger.logic")
                                && (owner.getSimpleName().endsWith("Service") || owner.getSimpleName().equals("LedgerServices"));
                    }));

    /** One background runner: screens run their work through gui.common.Background, nothing else starts threads. */
    @ArchTest
    static final ArchRule oneBackgroundRunner = noClasses().that().resideInAPackage("cn.bangfu.ledger.gui..")
            .and().resideOutsideOfPackage("cn.bangfu.ledger.gui.common..")
            .should().dependOnClassesThat().resideInAPackage("javafx.concurrent..")
            .orShould().dependOnClassesThat().haveNameMatching("java\\.util\\.concurrent\\.(Executor.*|ThreadPoolExecutor|ForkJoinPool)")
            .orShould().callConstructor(Thread.class, Runnable.class)
            .orShould().callConstructor(Thread.class, Runnable.class, String.class);

    /** One dialog service: alerts, prompts and file choosers are asked of gui.common.DialogService. */
    @ArchTest
    static final ArchRule oneDialogService = noClasses().that().resideInAPackage("cn.bangfu.ledger.gui..")
            .and().resideOutsideOfPackage("cn.bangfu.ledger.gui.common..")
            .should().dependOnClassesThat().haveNameMatching(
                    "javafx\\.scene\\.control\\.(Alert|TextInputDialog|ChoiceDialog)(\\$.*)?|javafx\\.stage\\.(FileChooser|DirectoryChooser)(\\$.*)?");
}
