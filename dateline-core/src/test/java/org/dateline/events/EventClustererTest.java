package org.dateline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dateline.model.Article;
import org.dateline.model.Provenance;
import org.dateline.model.Published;
import org.junit.jupiter.api.Test;

class EventClustererTest {

  private static Article article(String id, String title, String... paragraphs) {
    return new Article(
        id,
        Provenance.of(id),
        null,
        title,
        null,
        List.of(),
        Published.unknown(),
        List.of(paragraphs),
        List.of(),
        List.of());
  }

  // Two made-up visits by the same two leaders to the same city, months apart.
  private static final List<Article> VISITS =
      List.of(
          article(
              "march-a",
              "Premier Ostrova arrives in Kelvar for talks with President Dunmore",
              "Premier Anya Ostrova landed in Kelvar on Monday for two days of talks with President"
                  + " Dunmore on river shipping and a disputed fishing quota of 40,000 tonnes.",
              "The visit, her first since the border agreement, includes a tour of the Kelvar"
                  + " shipyard."),
          article(
              "march-b",
              "Ostrova and Dunmore sign shipping pact in Kelvar",
              "Ostrova and Dunmore signed a river shipping pact in Kelvar, settling the fishing"
                  + " quota at 40,000 tonnes after a tour of the shipyard.",
              "Dunmore called the border agreement a foundation for the new pact."),
          article(
              "october-a",
              "Ostrova returns to Kelvar as Dunmore hosts energy summit",
              "Premier Anya Ostrova returned to Kelvar for an energy summit hosted by President"
                  + " Dunmore, where a gas pipeline through the Sarn valley topped the agenda.",
              "Officials said the pipeline would carry 12 billion cubic metres a year."),
          article(
              "october-b",
              "Pipeline deal agreed at Kelvar summit",
              "Dunmore and Ostrova agreed to build the Sarn valley gas pipeline, which is to carry"
                  + " 12 billion cubic metres a year, at the close of the Kelvar energy summit.",
              "Construction is to start in spring, the summit's final statement said."));

  private static final Map<String, LocalDate> DATES =
      Map.of(
          "march-a", LocalDate.of(2031, 3, 10),
          "march-b", LocalDate.of(2031, 3, 11),
          "october-a", LocalDate.of(2031, 10, 2),
          "october-b", LocalDate.of(2031, 10, 3));

  private static final ArticleDates KNOWN = a -> DATES.get(a.id());

  private static Set<Set<String>> partition(List<Event> events) {
    Set<Set<String>> out = new HashSet<>();
    events.forEach(e -> out.add(Set.copyOf(e.documents())));
    return out;
  }

  @Test
  void twoVisitsBySamePeopleMonthsApartAreTwoEvents() {
    EventClusterer clusterer = new EventClusterer(EventSettings.defaults(), KNOWN);
    VISITS.forEach(clusterer::add);
    clusterer.settle();
    assertThat(partition(clusterer.events()))
        .containsExactlyInAnyOrder(Set.of("march-a", "march-b"), Set.of("october-a", "october-b"));
  }

  @Test
  void sameWordsWeeksApartAreNeverOneEvent() {
    // Without dates four articles on one pair of leaders are too few to tell visits apart;
    // with dates, even a word-for-word repeat three weeks later is another happening.
    Article first = VISITS.get(0);
    Article repeat = article("repeat", first.title(), first.paragraphs().toArray(String[]::new));
    Map<String, LocalDate> dates =
        Map.of("march-a", LocalDate.of(2031, 3, 10), "repeat", LocalDate.of(2031, 3, 31));
    EventClusterer clusterer = new EventClusterer(EventSettings.defaults(), a -> dates.get(a.id()));
    clusterer.add(first);
    clusterer.add(repeat);
    clusterer.settle();
    assertThat(clusterer.events()).hasSize(2);
  }

  @Test
  void eventsCarryAnExtractiveTitleAndTheirDates() {
    EventClusterer clusterer = new EventClusterer(EventSettings.defaults(), KNOWN);
    VISITS.forEach(clusterer::add);
    Event march = clusterer.events().get(0);
    assertThat(march.title()).isIn(VISITS.get(0).title(), VISITS.get(1).title());
    assertThat(march.start()).isEqualTo(LocalDate.of(2031, 3, 10));
    assertThat(march.end()).isEqualTo(LocalDate.of(2031, 3, 11));
  }

  @Test
  void incrementalInAnyOrderEqualsBatch() {
    Set<Set<String>> batch =
        partition(new BatchEventClusterer(EventSettings.defaults(), KNOWN).cluster(VISITS));
    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      List<Article> order = new ArrayList<>(VISITS);
      Collections.shuffle(order, random);
      EventClusterer clusterer = new EventClusterer(EventSettings.defaults(), KNOWN);
      order.forEach(clusterer::add);
      clusterer.settle();
      assertThat(partition(clusterer.events())).isEqualTo(batch);
    }
  }

  @Test
  void oldEventsAreRetiredOutsideTheActiveWindow() {
    Map<String, LocalDate> dates = new HashMap<>(DATES);
    EventClusterer clusterer =
        new EventClusterer(
            EventSettings.defaults().withMaxActiveArticles(50), a -> dates.get(a.id()));
    VISITS.forEach(clusterer::add);
    // The March event is retired once October articles arrive, but it is still reported.
    assertThat(clusterer.events()).hasSize(2);
    assertThat(clusterer.add(VISITS.get(0)).event()).isNotNull();
  }

  @Test
  void aSmallRunRetiresNothingSoLateFiledArticlesStillJoin() {
    Map<String, LocalDate> dates = new HashMap<>(DATES);
    EventClusterer clusterer = new EventClusterer(EventSettings.defaults(), a -> dates.get(a.id()));
    // A folder's files come in name order, not in the order things happened.
    List<Article> lateFiled = List.of(VISITS.get(0), VISITS.get(2), VISITS.get(3), VISITS.get(1));
    lateFiled.forEach(clusterer::add);
    assertThat(partition(clusterer.events()))
        .isEqualTo(
            partition(new BatchEventClusterer(EventSettings.defaults(), KNOWN).cluster(VISITS)));
  }

  @Test
  void undatedArticlesAreBoundedByTheActiveWindow() {
    EventClusterer clusterer =
        new EventClusterer(EventSettings.defaults().withMaxActiveArticles(3), ArticleDates.none());
    String[] towns = {"Arlo", "Brenn", "Cask", "Dulse", "Emmer", "Fallow", "Garron", "Hythe"};
    for (String town : towns) {
      clusterer.add(
          article(
              town, "Flood in " + town, "The river rose over the quay at " + town + " at dawn."));
      assertThat(clusterer.activeArticles()).isLessThanOrEqualTo(3);
    }
    assertThat(clusterer.events().stream().mapToInt(e -> e.documents().size()).sum())
        .isEqualTo(towns.length);
  }

  @Test
  void addingTheSameArticleTwiceIsANoOp() {
    EventClusterer clusterer = new EventClusterer(EventSettings.defaults(), KNOWN);
    Assignment first = clusterer.add(VISITS.get(0));
    Assignment again = clusterer.add(VISITS.get(0));
    assertThat(again.event()).isEqualTo(first.event());
    assertThat(clusterer.events()).hasSize(1);
  }

  @Test
  void pathologicalInputsNeverThrow() {
    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      huge.append("Sentence ").append(i).append(" names Kelvar and the Sarn pipeline again. ");
    }
    EventClusterer clusterer = new EventClusterer(EventSettings.defaults(), ArticleDates.none());
    assertThatCode(
            () -> {
              clusterer.add(article("empty", null));
              clusterer.add(article("blank", "", "", "  ", "?!"));
              clusterer.add(article("huge", "Kelvar", huge.toString()));
              clusterer.add(article("huge2", null, huge.toString()));
              clusterer.settle();
              clusterer.events();
              new BatchEventClusterer(EventSettings.defaults(), ArticleDates.none())
                  .cluster(List.of(article("e1", null), article("e2", "")));
            })
        .doesNotThrowAnyException();
    assertThat(clusterer.events().stream().mapToInt(e -> e.documents().size()).sum()).isEqualTo(4);
  }
}
