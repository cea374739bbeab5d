package org.dateline.copies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = SentenceSplitter.english();

  @Test
  void splitsAtFullStopsBeforeCapitals() {
    assertThat(
            splitter.split("The ferry left at noon. It reached the island at dusk! Why so late?"))
        .containsExactly(
            "The ferry left at noon.", "It reached the island at dusk!", "Why so late?");
  }

  @Test
  void keepsAbbreviationsInitialsAndDecimalsInside() {
    assertThat(
            splitter.split(
                "Mr. Abara met Dr. J. K. Mensah of Harbour Ltd. at No. 4 Quay St. on Monday. "
                    + "Output grew 2.5 per cent."))
        .containsExactly(
            "Mr. Abara met Dr. J. K. Mensah of Harbour Ltd. at No. 4 Quay St. on Monday.",
            "Output grew 2.5 per cent.");
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertThat(splitter.split("“We will rebuild.” The mayor then left."))
        .containsExactly("“We will rebuild.”", "The mayor then left.");
  }

  @Test
  void lowerCaseAfterStopDoesNotSplit() {
    assertThat(splitter.split("Prices rose, e.g. bread and milk. Wages did not."))
        .containsExactly("Prices rose, e.g. bread and milk.", "Wages did not.");
  }

  @Test
  void paragraphBreaksEndSentencesAndBlanksVanish() {
    assertThat(splitter.split("A headline without a stop\n\nThe body starts here.\n\n  \n"))
        .containsExactly("A headline without a stop", "The body starts here.");
    assertThat(splitter.split("")).isEmpty();
    assertThat(splitter.split("...?!")).containsExactly("...?!");
  }
}
