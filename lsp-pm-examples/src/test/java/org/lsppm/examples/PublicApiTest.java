package org.lsppm.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The examples and the command line use lsp-pm as an embedding application would: its public API only. */
class PublicApiTest {
  private static final JavaClasses EXAMPLES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.lsppm.examples");

  @Test
  void examples_never_touch_drools_or_kie_directly() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..").check(EXAMPLES);
  }

  @Test
  void examples_use_only_the_exported_package_of_the_rules_module() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
        "org.lsppm.rules.light..", "org.lsppm.rules.score..", "org.lsppm.rules.overall..", "org.lsppm.rules.designated..",
        "org.lsppm.rules.reward..", "org.lsppm.rules.review..", "org.lsppm.rules.plan..", "org.lsppm.rules.session..")
        .check(EXAMPLES);
  }

  @Test
  void examples_never_use_generated_immutable_classes() {
    noClasses().should().dependOnClassesThat().haveSimpleNameStartingWith("Immutable").check(EXAMPLES);
  }
}
