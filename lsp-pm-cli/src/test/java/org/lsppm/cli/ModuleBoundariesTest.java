package org.lsppm.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What each product module may use: the readers and the reports stand on core and their own file
 * libraries only, so an embedder takes either without the rule engine or the command line; and
 * nothing but the command line knows the command line.
 */
class ModuleBoundariesTest {
  private static final JavaClasses LSPPM = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.lsppm");

  @Test
  void the_readers_use_core_and_their_file_libraries_only() {
    classes().that().resideInAPackage("org.lsppm.io..").should().onlyDependOnClassesThat().resideInAnyPackage(
        "org.lsppm.io..", "org.lsppm.core..", "java..", "javax.xml..", "io.vavr..", "com.fasterxml.jackson..",
        "org.apache.commons.csv..").check(LSPPM);
  }

  @Test
  void the_reports_use_core_and_their_rendering_libraries_only() {
    classes().that().resideInAPackage("org.lsppm.reports..").should().onlyDependOnClassesThat().resideInAnyPackage(
        "org.lsppm.reports..", "org.lsppm.core..", "java..", "io.vavr..", "com.fasterxml.jackson..",
        "com.openhtmltopdf..", "org.dhatim.fastexcel..").check(LSPPM);
  }

  @Test
  void nothing_outside_the_command_line_depends_on_it() {
    noClasses().that().resideOutsideOfPackage("org.lsppm.cli..").should().dependOnClassesThat()
        .resideInAPackage("org.lsppm.cli..").check(LSPPM);
  }

  @Test
  void the_readers_and_the_reports_never_touch_the_rule_engine() {
    noClasses().that().resideInAnyPackage("org.lsppm.io..", "org.lsppm.reports..").should().dependOnClassesThat()
        .resideInAnyPackage("org.lsppm.rules..", "org.kie..", "org.drools..", "picocli..").check(LSPPM);
  }
}
