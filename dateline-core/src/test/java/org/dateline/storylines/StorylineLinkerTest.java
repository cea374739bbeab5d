package org.dateline.storylines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorylineLinkerTest {
  private final StorylineLinker linker = StorylineLinker.withDefaults();

  private static final Map<String, Double> SUMMIT =
      Map.of("w:summit", 3.0, "w:trade", 2.0, "w:pipeline", 1.5, "w:talk", 2.0, "w:tie", 1.0);

  private static EventProfile event(String id, String start, Map<String, Double> actors) {
    return new EventProfile(id, "title of " + id, start, actors, SUMMIT);
  }

  private static Map<String, Double> actors(String... names) {
    Map<String, Double> out = new java.util.HashMap<>();
    double w = names.length;
    for (String n : names) {
      out.put("n:" + n, w--);
    }
    return out;
  }

  /** Unrelated events, so that shared words are not shared by every event. */
  private static List<EventProfile> withNoise(List<EventProfile> events) {
    List<EventProfile> all = new ArrayList<>(events);
    for (int i = 0; i < 6; i++) {
      all.add(
          new EventProfile(
              "x" + i,
              "noise " + i,
              "2024-0" + (i + 1),
              actors("club" + i, "coach" + i, "city" + i),
              Map.of("w:goal" + i, 2.0, "w:match", 1.0, "w:league" + i, 1.0)));
    }
    return all;
  }

  @Test
  void successiveVisitsOfTheSamePeopleFormOneStorylineOldestFirst() {
    List<Storyline> lines =
        linker.link(
            withNoise(
                List.of(
                    event("e1", "2025-11-03", actors("orlov", "tanaka", "kyoto", "osaka")),
                    event("e2", "2023-12", actors("orlov", "tanaka", "kyoto", "nagoya")),
                    event("e3", "2023-05-24", actors("tanaka", "orlov", "sapporo")))));

    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).id()).isEqualTo("s1");
    assertThat(lines.get(0).events()).containsExactly("e3", "e2", "e1");
  }

  @Test
  void theSameKindOfHappeningWithOtherActorsIsAnotherStory() {
    List<Storyline> lines =
        linker.link(
            withNoise(
                List.of(
                    event("e1", "2025-11-03", actors("orlov", "tanaka", "kyoto")),
                    event("e2", "2024-02-01", actors("silva", "moreau", "lyon")))));

    assertThat(lines).isEmpty();
  }

  @Test
  void oneSharedNameIsNotEnough() {
    List<Storyline> lines =
        linker.link(
            withNoise(
                List.of(
                    event("e1", "2025-11-03", actors("orlov", "tanaka", "kyoto")),
                    event("e2", "2024-02-01", actors("orlov", "moreau", "lyon")))));

    assertThat(lines).isEmpty();
  }

  @Test
  void sameActorsOnAnotherTopicAreAnotherStory() {
    List<EventProfile> events =
        withNoise(
            List.of(
                event("e1", "2025-11-03", actors("orlov", "tanaka", "kyoto")),
                new EventProfile(
                    "e2",
                    "t",
                    "2025-01-01",
                    actors("orlov", "tanaka", "kyoto"),
                    Map.of("w:wedding", 3.0, "w:bride", 2.0, "w:guest", 1.0))));

    assertThat(linker.link(events)).isEmpty();
  }

  @Test
  void undatedEventsComeLastAndTheTitleIsTheMostCentralEvents() {
    List<Storyline> lines =
        linker.link(
            withNoise(
                List.of(
                    event("e1", null, actors("orlov", "tanaka", "kyoto")),
                    event("e2", "2023-12", actors("orlov", "tanaka", "kyoto", "nagoya")),
                    event("e3", "2021", actors("orlov", "tanaka")))));

    assertThat(lines)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.events()).containsExactly("e3", "e2", "e1");
              assertThat(s.title()).isIn("title of e1", "title of e2");
            });
  }

  @Test
  void aStoryContinuesOnlyWhileItsEventsComeWithinTheHorizon() {
    StorylineLinking linking = linker.begin();
    linking.add(event("e1", "2010-03-02", actors("orlov", "tanaka", "kyoto")));
    linking.add(event("e2", "2012-06-10", actors("orlov", "tanaka", "kyoto")));
    // more than three years after e2, the newest of the story: a new story
    linking.add(event("e3", "2016-01-20", actors("orlov", "tanaka", "kyoto")));
    linking.add(event("e4", "2017-05-01", actors("orlov", "tanaka", "kyoto")));

    assertThat(linking.storylines())
        .extracting(Storyline::events)
        .containsExactly(List.of("e1", "e2"), List.of("e3", "e4"));
  }

  @Test
  void onlyTheLatestEventsAreKeptForLinking() {
    StorylineLinker small =
        new StorylineLinker(new StorylineLinker.Settings(5, 2, 0.35, 0.15, 2_000, 3 * 366, 3));
    List<EventProfile> events = new ArrayList<>();
    events.add(event("e1", null, actors("orlov", "tanaka", "kyoto")));
    events.addAll(withNoise(List.of()).subList(0, 3));
    events.add(event("e2", null, actors("orlov", "tanaka", "kyoto")));
    events.add(event("e3", null, actors("orlov", "tanaka", "kyoto")));

    assertThat(small.link(events))
        .extracting(Storyline::events)
        .containsExactly(List.of("e2", "e3"));
  }

  @Test
  void noEventsNoStorylines() {
    assertThat(linker.link(List.of())).isEmpty();
  }
}
