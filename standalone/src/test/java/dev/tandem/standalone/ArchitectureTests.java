package dev.tandem.standalone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point one way: shared-kernel ← api ← platform ← command-side, query-side ← standalone. */
@AnalyzeClasses(packages = "dev.tandem", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule theCommandSideNeverUsesTheQuerySide = noClasses()
            .that()
            .resideInAPackage("dev.tandem.command..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.tandem.query..");

    @ArchTest
    static final ArchRule theQuerySideNeverUsesTheCommandSide = noClasses()
            .that()
            .resideInAPackage("dev.tandem.query..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.tandem.command..");

    @ArchTest
    static final ArchRule theSharedKernelIsPlainJava = classes()
            .that()
            .resideInAPackage("dev.tandem.kernel..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("dev.tandem.kernel..", "java..");

    @ArchTest
    static final ArchRule theApiHoldsOnlyMessagesOverTheKernel = classes()
            .that()
            .resideInAPackage("dev.tandem.api..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "dev.tandem.api..", "dev.tandem.kernel..", "java..", "org.axonframework.modelling.command..");

    @ArchTest
    static final ArchRule thePlatformKnowsNoCapability = noClasses()
            .that()
            .resideInAPackage("dev.tandem.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.tandem.command..", "dev.tandem.query..", "dev.tandem.standalone..");

    @ArchTest
    static final ArchRule onlyStandaloneAssemblesBothSides = noClasses()
            .that()
            .resideOutsideOfPackage("dev.tandem.standalone..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.tandem.standalone..");
}
