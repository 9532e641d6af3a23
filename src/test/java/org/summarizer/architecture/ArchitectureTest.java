package org.summarizer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
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
    void onlyTheLanguagePackageImportsOpenNlp() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.summarizer.language..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("opennlp..")
                .check(WITH_TOOLS);
        // Language decisions stay free of the pipeline and of the framework: unit-testable without either.
        classes()
                .that()
                .resideInAPackage("org.summarizer.language..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.summarizer.language..", "java..", "opennlp..")
                .check(WITH_TOOLS);
    }

    @Test
    void onlyTheFetcherImportsTheHttpClientAndOnlyTheExtractorImportsTheHtmlLibraries() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.summarizer.fetch..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.hc..")
                .check(WITH_TOOLS);
        noClasses()
                .that()
                .resideOutsideOfPackage("org.summarizer.extract..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jsoup..", "net.dankito.readability4j..")
                .check(WITH_TOOLS);
        noClasses()
                .that()
                .resideInAnyPackage("org.summarizer.fetch..", "org.summarizer.extract..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.summarizer.service..",
                        "org.summarizer.api..",
                        "org.summarizer.nlp..",
                        "edu.stanford.nlp..")
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
                .layer("language")
                .definedBy("org.summarizer.language..")
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
                .whereLayer("language")
                .mayOnlyBeAccessedByLayers("service", "api", "tools")
                .whereLayer("summary")
                .mayOnlyBeAccessedByLayers("service", "api", "tools")
                .whereLayer("selection")
                .mayOnlyBeAccessedByLayers("summary", "service", "api", "tools")
                .whereLayer("scoring")
                .mayOnlyBeAccessedByLayers("selection", "summary", "service", "api", "tools")
                .whereLayer("features")
                .mayOnlyBeAccessedByLayers("scoring", "selection", "summary", "service", "api", "tools")
                .whereLayer("nlp")
                .mayOnlyBeAccessedByLayers("service", "api", "tools")
                .check(WITH_TOOLS);
    }

    /**
     * The "depends on" column of docs/architecture.md's package tables is the real one: for each package, exactly the
     * other {@code org.summarizer} packages its classes use ("nothing" for none).
     */
    @Test
    void theArchitectureDocumentListsTheRealDependencies() throws IOException {
        Map<String, Set<String>> documented = documentedDependencies(Path.of("docs", "architecture.md"));
        Map<String, Set<String>> actual = new TreeMap<>();
        for (JavaClass javaClass : WITH_TOOLS) {
            String from = topPackage(javaClass.getPackageName());
            if (from == null) {
                continue;
            }
            Set<String> targets = actual.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                String to = topPackage(dependency.getTargetClass().getPackageName());
                if (to != null && !to.equals(from)) {
                    targets.add(to);
                }
            }
        }
        assertThat(documented).isEqualTo(actual);
    }

    /** {@code org.summarizer.api.x} -> {@code api}; null outside the project's packages. */
    private static String topPackage(String name) {
        String prefix = "org.summarizer.";
        if (!name.startsWith(prefix)) {
            return null;
        }
        String rest = name.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Rows {@code | `package` | responsibility | `a`, `b` |} of the document's tables. */
    private static Map<String, Set<String>> documentedDependencies(Path file) throws IOException {
        Pattern row = Pattern.compile("^\\| `([a-z]+)` \\|.*\\|([^|]*)\\|$");
        Pattern name = Pattern.compile("`([a-z]+)`");
        Map<String, Set<String>> documented = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            Matcher matcher = row.matcher(line);
            if (matcher.matches()) {
                Set<String> targets = new TreeSet<>();
                Matcher names = name.matcher(matcher.group(2));
                while (names.find()) {
                    targets.add(names.group(1));
                }
                documented.put(matcher.group(1), targets);
            }
        }
        return documented;
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
