package org.dateline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.model.Article;

/**
 * Reference clustering of a whole corpus at once: average-link agglomeration over the same
 * similarity the incremental {@link EventClusterer} uses, with document frequencies of the whole
 * corpus. Quadratic in memory and cubic in time, so only for checks and small corpora.
 */
public final class BatchEventClusterer {

  private final EventSettings settings;
  private final ArticleDates dates;
  private final FeatureExtractor extractor = FeatureExtractor.english();

  public BatchEventClusterer(EventSettings settings, ArticleDates dates) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.dates = Objects.requireNonNull(dates, "dates");
  }

  /** Events of the articles, in order of their first article. */
  public List<Event> cluster(List<Article> articles) {
    List<EventFeatures> fs = new ArrayList<>();
    for (Article a : articles) {
      fs.add(extractor.extract(a, dates.dateOf(a), dates.yearOf(a)));
    }
    return clusterFeatures(fs);
  }

  /**
   * The pairwise similarities the engine uses (document frequencies of the whole list), for
   * experiments that combine them with other signals.
   */
  public double[][] similarities(List<Article> articles) {
    List<EventFeatures> fs = new ArrayList<>();
    for (Article a : articles) {
      fs.add(extractor.extract(a, dates.dateOf(a), dates.yearOf(a)));
    }
    DocumentFrequencies df = new DocumentFrequencies();
    fs.forEach(df::add);
    Similarity similarity = new Similarity(settings);
    List<SparseVector> vs = new ArrayList<>();
    fs.forEach(f -> vs.add(similarity.vector(f, df)));
    double[][] out = new double[fs.size()][fs.size()];
    for (int i = 0; i < fs.size(); i++) {
      for (int j = i + 1; j < fs.size(); j++) {
        out[i][j] = similarity.similarity(fs.get(i), vs.get(i), fs.get(j), vs.get(j));
        out[j][i] = out[i][j];
      }
    }
    return out;
  }

  /** Events of already extracted features, in order of their first article. */
  public List<Event> clusterFeatures(List<EventFeatures> fs) {
    int n = fs.size();
    DocumentFrequencies df = new DocumentFrequencies();
    fs.forEach(df::add);
    Similarity similarity = new Similarity(settings);
    List<SparseVector> vs = new ArrayList<>();
    Map<String, SparseVector> byId = new HashMap<>();
    for (EventFeatures f : fs) {
      SparseVector v = similarity.vector(f, df);
      vs.add(v);
      byId.put(f.id(), v);
    }
    double[][] sum = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s = similarity.similarity(fs.get(i), vs.get(i), fs.get(j), vs.get(j));
        sum[i][j] = s;
        sum[j][i] = s;
      }
    }
    int[] label = Agglomeration.batch(sum, fs, similarity, settings);
    Map<Integer, List<EventFeatures>> clusters = new java.util.TreeMap<>();
    for (int i = 0; i < n; i++) {
      clusters.computeIfAbsent(label[i], k -> new ArrayList<>()).add(fs.get(i));
    }
    List<Event> events = new ArrayList<>();
    for (List<EventFeatures> members : clusters.values()) {
      events.add(
          EventBuilder.build(
              "e" + (events.size() + 1),
              members,
              f -> byId.getOrDefault(f.id(), SparseVector.EMPTY)));
    }
    return events;
  }
}
