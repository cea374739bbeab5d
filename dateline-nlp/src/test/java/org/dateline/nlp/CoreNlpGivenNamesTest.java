package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.extract.GivenNames;
import org.junit.jupiter.api.Test;

class CoreNlpGivenNamesTest {

  @Test
  void aNameListedForBothIsInNeitherAndOtherLinesAreSkipped() {
    GivenNames names =
        CoreNlpGivenNames.parse(
            List.of("ottilie\tFEMALE", "Bartholomew\tMALE", "rowan\tFEMALE", "rowan\tMALE", ">"));
    assertThat(names.female()).containsExactly("ottilie");
    assertThat(names.male()).containsExactly("bartholomew");
  }

  @Test
  void theModelsJarListIsReadAndKnowsCommonNamesOfBothKinds() {
    GivenNames names = CoreNlpGivenNames.load();
    assertThat(names.female()).contains("lucie", "odile").doesNotContain("marc");
    assertThat(names.male()).contains("marc", "gaston").doesNotContain("lucie");
    assertThat(names.female().size() + names.male().size()).isGreaterThan(10_000);
  }
}
