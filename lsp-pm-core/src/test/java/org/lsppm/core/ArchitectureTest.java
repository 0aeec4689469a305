package org.lsppm.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the domain free of rule engines, file formats, command lines, hidden clocks and package cycles. */
class ArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.lsppm.core");

  @Test
  void core_does_not_depend_on_drools_kie_csv_or_cli_libraries() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("org.kie..", "org.drools..", "org.apache.commons.csv..", "picocli..")
        .check(CORE);
  }

  @Test
  void core_never_reads_the_system_clock() {
    noClasses().should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .because("every date-dependent decision takes an explicit as-of date or a Clock")
        .check(CORE);
  }

  @Test
  void generated_immutable_classes_stay_out_of_the_public_api() {
    noClasses().that().haveSimpleNameStartingWith("Immutable").should().bePublic().check(CORE);
  }

  @Test
  void the_packages_of_core_depend_on_each_other_without_cycles() {
    slices().matching("org.lsppm.core.(*)..").should().beFreeOfCycles().check(CORE);
  }
}
