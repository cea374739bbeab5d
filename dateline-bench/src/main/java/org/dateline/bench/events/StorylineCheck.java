package org.dateline.bench.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.corpus.CorpusResult;
import org.dateline.corpus.DatedEvent;
import org.dateline.storylines.Storyline;

/**
 * A false-link check for storylines on ECB+. Each topic holds two different real events of the same
 * kind, mostly with different actors (two celebrities entering rehab, two earthquakes), and topics
 * share nothing. So a storyline that joins events of two topics is wrong, and one that joins the
 * two events of one topic is wrong unless they share their actors. The check reports how many
 * storylines there are and how many join gold events of different topics or of the same topic; it
 * cannot measure recall, for which ECB+ has no labels.
 *
 * <p>Run: {@code java -cp ... org.dateline.bench.events.StorylineCheck
 * [../shared/bench/events/ecbplus-dev]}
 */
public final class StorylineCheck {
  private StorylineCheck() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/bench/events/ecbplus-dev");
    List<EcbDocument> docs = EcbCorpus.read(root, EcbHarness.SEED);
    CorpusAnalysis analysis = CorpusAnalysis.withDefaults();
    Map<String, EcbDocument> byId = new HashMap<>();
    for (EcbDocument d : docs) {
      byId.put(d.article().id(), d);
      analysis.add(d.article());
    }
    CorpusResult result = analysis.finish();
    Map<String, Set<String>> goldOfEvent = new HashMap<>();
    for (DatedEvent e : result.events()) {
      Set<String> gold = new HashSet<>();
      e.event().documents().forEach(id -> gold.add(byId.get(id).gold()));
      goldOfEvent.put(e.id(), gold);
    }
    int crossTopic = 0;
    int sameTopic = 0;
    for (Storyline s : result.storylines()) {
      Set<String> gold = new HashSet<>();
      s.events().forEach(e -> gold.addAll(goldOfEvent.get(e)));
      Set<String> topics = new HashSet<>();
      gold.forEach(g -> topics.add(g.substring(0, g.indexOf('/'))));
      if (topics.size() > 1) {
        crossTopic++;
      } else if (gold.size() > 1) {
        sameTopic++;
      }
      System.out.printf("%s %s %s%n", s.id(), gold, s.title());
    }
    System.out.printf(
        "%d documents, %d events, %d storylines: %d join topics, %d join a topic's two events%n",
        docs.size(), result.events().size(), result.storylines().size(), crossTopic, sameTopic);
  }
}
