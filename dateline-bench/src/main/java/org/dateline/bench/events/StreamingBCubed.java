package org.dateline.bench.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.dateline.copies.CopyLink;
import org.dateline.corpus.CorpusEntity;
import org.dateline.corpus.CorpusSink;
import org.dateline.corpus.DatedEvent;
import org.dateline.corpus.EntityMention;
import org.dateline.model.Published;
import org.dateline.storylines.Storyline;

/**
 * Scores events against known clusters as the stage hands them over, keeping nothing per article:
 * an article's B-cubed precision and recall need only its own event, its right cluster and that
 * cluster's size, which the corpus knows without a table.
 */
final class StreamingBCubed implements CorpusSink {

  private final Function<String, String> truthOf;
  private final ToIntFunction<String> truthSize;
  private double precision;
  private double recall;
  private long articles;
  private long events;
  private long copies;
  private long storylines;

  StreamingBCubed(Function<String, String> truthOf, ToIntFunction<String> truthSize) {
    this.truthOf = truthOf;
    this.truthSize = truthSize;
  }

  @Override
  public void copy(CopyLink link) {
    copies++;
  }

  @Override
  public void mention(EntityMention mention) {
    // entities are not scored here
  }

  @Override
  public void event(DatedEvent event, Map<String, Published> lent) {
    List<String> docs = event.event().documents();
    Map<String, Integer> byTruth = new HashMap<>();
    docs.forEach(d -> byTruth.merge(truthOf.apply(d), 1, Integer::sum));
    for (String d : docs) {
      String truth = truthOf.apply(d);
      int overlap = byTruth.get(truth);
      precision += overlap / (double) docs.size();
      recall += overlap / (double) truthSize.applyAsInt(truth);
    }
    articles += docs.size();
    events++;
  }

  @Override
  public void end(List<Storyline> lines, List<CorpusEntity> entities) {
    storylines = lines.size();
  }

  long articles() {
    return articles;
  }

  String counts() {
    return String.format("%,d events, %,d copy links, %,d storylines", events, copies, storylines);
  }

  BCubed.Score score() {
    double p = precision / Math.max(1, articles);
    double r = recall / Math.max(1, articles);
    return new BCubed.Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }
}
