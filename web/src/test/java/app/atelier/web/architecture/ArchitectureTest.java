package app.atelier.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import app.atelier.web.testing.TestServer;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture rules of DESIGN.md, checked on every build. */
class ArchitectureTest {
    private static JavaClasses atelier;
    private static JavaClasses proofPlugin;

    @BeforeAll
    static void importClasses() throws java.io.IOException {
        atelier = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.atelier.api", "app.atelier.core", "app.atelier.web");
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(TestServer.proofPluginJar().toFile())) {
            proofPlugin = new ClassFileImporter().importJar(jar);
        }
    }

    @Test
    void coreKnowsNothingOfHttp() {
        noClasses().that().resideInAPackage("app.atelier.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "app.atelier.web..", "jakarta.servlet..")
                .because("the domain in core knows nothing of HTTP")
                .check(atelier);
    }

    @Test
    void pluginApiDependsOnAlmostNothing() {
        classes().that().resideInAPackage("app.atelier.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("app.atelier.api..", "java..", "org.pf4j..",
                        "io.javalin.http..", "org.jdbi.v3.core..")
                .because("third parties build against plugin-api alone")
                .check(atelier);
    }

    @Test
    void coreNamesNoPlugin() {
        noClasses().that().resideInAPackage("app.atelier.core..")
                .should().dependOnClassesThat().resideInAnyPackage("app.atelier.proof..", "app.atelier.plugins..")
                .because("core finds behaviour only through extension points")
                .check(atelier);
    }

    @Test
    void pluginUsesOnlyThePluginApiAndItsOwnClasses() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("app.atelier.proof..", "app.atelier.api..", "java..",
                        "org.pf4j..", "io.javalin..", "org.jdbi.v3..", "org.slf4j..")
                .because("a plugin depends on plugin-api only, never on core, web or another plugin")
                .check(proofPlugin);
    }

    @Test
    void webHandlersDoNotTouchTheDatabase() {
        noClasses().that().resideInAPackage("app.atelier.web..").and().resideOutsideOfPackage("app.atelier.web.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..")
                .because("handlers in web are thin: data access belongs to core services")
                .check(atelier);
    }
}
