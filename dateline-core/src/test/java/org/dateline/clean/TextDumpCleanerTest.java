package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.Extraction;
import org.dateline.model.Removal;
import org.junit.jupiter.api.Test;

/** Behaviour of the text-dump cleaner on made-up dumps with the usual kinds of boilerplate. */
class TextDumpCleanerTest {
  private final TextDumpCleaner cleaner = new TextDumpCleaner();

  private static final String DUMP =
      """
      Skip to main navigation

      Harbour Board Approves New Ferry Timetable for Winter

      Sign up for our free morning briefing

      FILE PHOTO: Ferries wait at the north pier in Port Alder, January 3, 2025. Jan Holm/Pool via REUTERS

      The harbour board voted on Tuesday to add two late ferries to the winter timetable, after months of complaints from commuters.

      Board chair Ana Ruiz said the change would start in December and cost about 1.2 million crowns a year.

      Commuters and the board

      had argued over the timetable since the spring

      , when the last evening sailing was cut.

      RELATED COVERAGE

      Port Alder Council Rejects Bridge Toll Plan – City Desk

      “We listened, and we found the money,” Ruiz told reporters after the vote.

      Already a subscriber? Log in

      Ana Ruiz Appointed to Lead Regional Transport Body
      Storm Closes Coastal Road for Third Day
      """;

  @Test
  void aShortReportedSentenceWithWebWordsIsNewsNotAPrompt() {
    Extraction e =
        cleaner.clean(
            """
            Port Alder Dockers Vote to Strike

            Dock workers in Port Alder voted on Monday to strike over pay from the first of the month.

            The union's members would walk out at dawn, a spokesman said.

            Join our members for exclusive analysis.

            The port handles a third of the region's freight and the strike could halt exports.
            """);
    assertThat(e.text()).contains("The union's members would walk out at dawn, a spokesman said.");
    assertThat(e.boilerplate())
        .extracting(Removal::text)
        .contains("Join our members for exclusive analysis.");
  }

  @Test
  void keepsBodySentencesInReadingOrder() {
    Extraction e = cleaner.clean(DUMP);
    assertThat(e.paragraphs()).hasSize(4);
    assertThat(e.paragraphs().get(0)).startsWith("The harbour board voted on Tuesday");
    assertThat(e.paragraphs().get(3)).startsWith("“We listened, and we found the money,”");
  }

  @Test
  void rejoinsSentenceBrokenByStrippedLink() {
    Extraction e = cleaner.clean(DUMP);
    assertThat(e.paragraphs())
        .contains(
            "Commuters and the board had argued over the timetable"
                + " since the spring, when the last evening sailing was cut.");
  }

  @Test
  void findsTitleAndKeepsCaptionsApart() {
    Extraction e = cleaner.clean(DUMP);
    assertThat(e.title()).isEqualTo("Harbour Board Approves New Ferry Timetable for Winter");
    assertThat(e.captions()).singleElement().asString().startsWith("FILE PHOTO: Ferries wait");
    assertThat(e.text()).doesNotContain("FILE PHOTO");
  }

  @Test
  void dropsPromptsHeadingsAndRelatedHeadlinesWithReasons() {
    Extraction e = cleaner.clean(DUMP);
    assertThat(e.text())
        .doesNotContain(
            "Sign up",
            "Skip to",
            "subscriber",
            "RELATED",
            "Bridge Toll",
            "Storm Closes",
            "Appointed");
    assertThat(e.boilerplate())
        .extracting(Removal::text)
        .contains(
            "Sign up for our free morning briefing",
            "Already a subscriber? Log in",
            "Port Alder Council Rejects Bridge Toll Plan – City Desk",
            "Storm Closes Coastal Road for Third Day");
    assertThat(e.boilerplate()).allSatisfy(r -> assertThat(r.why()).isNotBlank());
  }

  @Test
  void findsOutletRepeatedAtTheTopAndAByline() {
    Extraction e =
        cleaner.clean(
            """
        Read everything in one app.
        Valley Gazette
        Valley Gazette
        Mara Lind

        Rail strike ends after four days of talks

        Train drivers returned to work on Friday after union leaders accepted a revised pay offer from the operator.

        The operator said full services would resume by Saturday morning.
        """);
    assertThat(e.outlet()).isEqualTo("Valley Gazette");
    assertThat(e.authors()).containsExactly("Mara Lind");
    assertThat(e.title()).isEqualTo("Rail strike ends after four days of talks");
    assertThat(e.paragraphs()).hasSize(2);
  }

  @Test
  void dropsAuthorBiographyAtTheEnd() {
    Extraction e =
        cleaner.clean(
            """
        Grain prices climb as harvest forecasts are cut

        Wheat futures rose for a third straight session on Thursday as forecasters trimmed their harvest estimates.

        Traders said dry weather in the south had hurt yields more than expected.

        Analysts expect prices to stay high until the first shipments arrive in autumn.

        Tomas Berg is a senior correspondent covering commodities from the capital.
        """);
    assertThat(e.paragraphs()).hasSize(3);
    assertThat(e.boilerplate()).extracting(Removal::why).contains("author biography");
  }

  @Test
  void handlesEmptyAndBlankInput() {
    assertThat(cleaner.clean("").paragraphs()).isEmpty();
    assertThat(cleaner.clean("\n\n \t\n").paragraphs()).isEmpty();
  }
}
