package org.dateline.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Holds the line of ADR 0001: stages know nothing of files, networks or the edges. */
@AnalyzeClasses(packages = "org.dateline", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
  @ArchTest
  static final ArchRule stagesDoNoIo =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.dateline.model..",
              "org.dateline.bundled..",
              "org.dateline.decode..",
              "org.dateline.clean..",
              "org.dateline.time..",
              "org.dateline.extract..",
              "org.dateline.copies..",
              "org.dateline.events..",
              "org.dateline.storylines..",
              "org.dateline.corpus..",
              "org.dateline.pipeline..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.nio.file..", "java.net..", "java.sql..", "org.netpreserve..", "com.rometools..")
          .because("stages are plain objects; I/O belongs to the adapters at the edges");

  @ArchTest
  static final ArchRule modelDependsOnNothingOfOurs =
      noClasses()
          .that()
          .resideInAPackage("org.dateline.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.dateline.ingest..",
              "org.dateline.decode..",
              "org.dateline.clean..",
              "org.dateline.pipeline..")
          .because("the model is the shared vocabulary every stage depends on");
}
