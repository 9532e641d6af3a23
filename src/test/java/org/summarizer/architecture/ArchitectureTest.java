package org.summarizer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The layering of {@code docs/architecture.md}, enforced: the pipeline stages depend only on the stages before them
 * ({@code document <- nlp}, {@code document <- features <- scoring <- selection <- summary <- service <- api}), only
 * the adapter ({@code nlp}) touches CoreNLP, the offline tools ({@code eval}, {@code training}, {@code cli}) are
 * never imported by the service, and no package cycle exists anywhere, tools included.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/bench/"))
            .importPackages("org.summarizer");

    /** The service's classes plus the offline tools, which the build compiles onto the test class path. */
    private static final Pattern TEST_CLASS = Pattern.compile(".*(Test|IT)(\\$.*)?\\.class");

    /** The service's classes plus the offline tools, which the build compiles onto the test class path. */
    private static final JavaClasses WITH_TOOLS = new ClassFileImporter()
            .withImportOption(location ->
                    !location.contains("/bench/") && !location.contains("/testing/") && !location.matches(TEST_CLASS))
            .importPackages("org.summarizer");

    @Test
    void noPackageCycles() {
        slices().matching("org.summarizer.(*)..").should().beFreeOfCycles().check(WITH_TOOLS);
    }

    @Test
    void onlyTheAdapterImportsCoreNlp() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.summarizer.nlp..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("edu.stanford.nlp..")
                .check(WITH_TOOLS);
    }

    @Test
    void stagesDependOnlyOnTheStagesBeforeThem() {
        layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage("org.summarizer..")
                .layer("document")
                .definedBy("org.summarizer.document..")
                .layer("nlp")
                .definedBy("org.summarizer.nlp..")
                .layer("features")
                .definedBy("org.summarizer.features..")
                .layer("scoring")
                .definedBy("org.summarizer.scoring..")
                .layer("selection")
                .definedBy("org.summarizer.selection..")
                .layer("summary")
                .definedBy("org.summarizer.summary..")
                .layer("config")
                .definedBy("org.summarizer.config..")
                .layer("service")
                .definedBy("org.summarizer.service..")
                .layer("health")
                .definedBy("org.summarizer.health..")
                .layer("api")
                .definedBy("org.summarizer.api..")
                .layer("tools")
                .definedBy("org.summarizer.eval..", "org.summarizer.training..", "org.summarizer.cli..")
                .whereLayer("tools")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("api")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("health")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("service")
                .mayOnlyBeAccessedByLayers("api", "health", "tools")
                .whereLayer("config")
                .mayOnlyBeAccessedByLayers("service", "api", "health", "tools")
                .whereLayer("summary")
                .mayOnlyBeAccessedByLayers("service", "api", "tools")
                .whereLayer("selection")
                .mayOnlyBeAccessedByLayers("summary", "service", "api", "tools")
                .whereLayer("scoring")
                .mayOnlyBeAccessedByLayers("selection", "summary", "service", "api", "tools")
                .whereLayer("features")
                .mayOnlyBeAccessedByLayers("scoring", "selection", "summary", "service", "api", "tools")
                .whereLayer("nlp")
                .mayOnlyBeAccessedByLayers("service", "api", "config", "tools")
                .check(WITH_TOOLS);
    }

    @Test
    void theServiceNeverImportsTheOfflineTools() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.summarizer.eval..", "org.summarizer.training..", "org.summarizer.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.summarizer.eval..", "org.summarizer.training..", "org.summarizer.cli..")
                .check(CLASSES);
    }
}
