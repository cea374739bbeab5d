package org.dateline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Average-link similarities between articles and events. Without dates, a link is computed from
 * event centroid sums (one sparse dot product); with dates, the date gate applies per pair, so the
 * pairs are averaged over a sample of recent members, through the samples' sums when every pair
 * passes the gate. Vectors, sums and samples are cached until {@link #clear()}.
 */
final class EventLinks {

  private static final int MEMBER_SAMPLE = 25;

  private final Similarity similarity;
  private final DocumentFrequencies df;
  private final Map<Integer, List<String>> members;
  private final Function<String, EventFeatures> features;
  private final Map<String, SparseVector> vectors = new HashMap<>();
  private final Map<Integer, SparseVector> sums = new HashMap<>();
  private final Map<Integer, Span> spans = new HashMap<>();
  private final Map<Integer, Sample> samples = new HashMap<>();

  /**
   * The dates of an event's members: the earliest and latest, or null when a member is undated (an
   * undated article is compatible with any date).
   */
  private record Span(@Nullable LocalDate first, @Nullable LocalDate last) {}

  EventLinks(
      Similarity similarity,
      DocumentFrequencies df,
      Map<Integer, List<String>> members,
      Function<String, EventFeatures> features) {
    this.similarity = similarity;
    this.df = df;
    this.members = members;
    this.features = features;
  }

  /** Drops all cached vectors and sums: document frequencies have moved. */
  void clear() {
    vectors.clear();
    sums.clear();
    spans.clear();
    samples.clear();
  }

  /** Event {@code e}'s membership changed. */
  void changed(int e) {
    sums.remove(e);
    spans.remove(e);
    samples.remove(e);
  }

  /** The article left the active window. */
  void forget(String id) {
    vectors.remove(id);
  }

  /** Pairwise similarities among the given articles. */
  double[][] matrix(List<String> ids) {
    Member[] ms = members(ids);
    int n = ms.length;
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        out[i][j] = similarity(ms[i], ms[j]);
        out[j][i] = out[i][j];
      }
    }
    return out;
  }

  Similarity similarity() {
    return similarity;
  }

  private EventFeatures features(String id) {
    return features.apply(id);
  }

  /**
   * Mean similarity over the pairs drawn from two samples, skipping self-pairs. When every pair
   * passes the date gate, the sum of the pairs' dot products is the dot product of the samples'
   * sums less the self-pairs, so the link costs one dot product instead of one per pair.
   */
  private double averageLink(Sample xs, Sample ys) {
    int self = 0;
    double selfDots = 0;
    for (Member x : xs.members) {
      if (xs == ys || ys.ids.contains(x.id())) {
        self++;
        selfDots += Similarity.cosine(x.vector(), x.vector());
      }
    }
    int pairs = xs.members.length * ys.members.length - self;
    if (pairs == 0) {
      return 0;
    }
    if (similarity.datesCompatible(xs.first, ys.last)
        && similarity.datesCompatible(ys.first, xs.last)) {
      return (xs.sum().dot(ys.sum()) - selfDots) / pairs;
    }
    double sum = 0;
    for (Member x : xs.members) {
      for (Member y : ys.members) {
        if (!x.id().equals(y.id()) && similarity.datesCompatible(x.day(), y.day())) {
          sum += Similarity.cosine(x.vector(), y.vector());
        }
      }
    }
    return sum / pairs;
  }

  /**
   * An article as a pair loop needs it, looked up once rather than once per pair.
   *
   * @param day its date as an epoch day, or {@link Similarity#UNDATED}
   */
  private record Member(String id, SparseVector vector, long day) {}

  /**
   * The members a link is averaged over (an event's most recent ones), with the span of their known
   * dates ({@link Similarity#UNDATED} when none is known) and, once asked for, their vectors' sum.
   */
  private static final class Sample {
    final Member[] members;
    final Set<String> ids = new HashSet<>();
    final long first;
    final long last;
    private @Nullable SparseVector sum;

    Sample(Member[] members) {
      this.members = members;
      long lo = Long.MAX_VALUE;
      long hi = Long.MIN_VALUE;
      for (Member m : members) {
        ids.add(m.id());
        if (m.day() != Similarity.UNDATED) {
          lo = Math.min(lo, m.day());
          hi = Math.max(hi, m.day());
        }
      }
      this.first = lo == Long.MAX_VALUE ? Similarity.UNDATED : lo;
      this.last = lo == Long.MAX_VALUE ? Similarity.UNDATED : hi;
    }

    SparseVector sum() {
      if (sum == null) {
        List<SparseVector> vs = new ArrayList<>(members.length);
        for (Member m : members) {
          vs.add(m.vector());
        }
        sum = members.length == 1 ? members[0].vector() : SparseVector.sum(vs);
      }
      return sum;
    }
  }

  private double similarity(Member x, Member y) {
    return similarity.datesCompatible(x.day(), y.day())
        ? Similarity.cosine(x.vector(), y.vector())
        : 0.0;
  }

  private Member member(String id) {
    EventFeatures f = features(id);
    return new Member(f.id(), vector(f), Similarity.epochDay(f.date()));
  }

  private Member[] members(List<String> ids) {
    Member[] out = new Member[ids.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = member(ids.get(i));
    }
    return out;
  }

  /** Event {@code e}'s sample, cached until its membership or the frequencies change. */
  private Sample sample(int e) {
    Sample cached = samples.get(e);
    if (cached == null) {
      List<String> ids = members.getOrDefault(e, List.of());
      int from = Math.max(0, ids.size() - MEMBER_SAMPLE);
      cached = new Sample(members(ids.subList(from, ids.size())));
      samples.put(e, cached);
    }
    return cached;
  }

  SparseVector vector(EventFeatures f) {
    return vectors.computeIfAbsent(f.id(), k -> similarity.vector(f, df));
  }

  /** Average similarity of an article to the other members of event {@code e}. */
  double articleLink(String id, int e) {
    List<String> ids = members.get(e);
    if (ids == null) {
      return 0;
    }
    EventFeatures f = features(id);
    if (apart(new Span(f.date(), f.date()), span(e))) {
      return 0; // every pair fails the date gate
    }
    Set<String> otherYears = new HashSet<>();
    for (String m : ids) {
      if (!m.equals(id)) {
        otherYears.addAll(features(m).years());
      }
    }
    double factor = similarity.yearFactor(f.years(), otherYears);
    if (f.date() != null || hasDates(ids)) {
      return factor * averageLink(new Sample(new Member[] {member(id)}), sample(e));
    }
    boolean inside = ids.contains(id);
    int others = ids.size() - (inside ? 1 : 0);
    if (others == 0) {
      return 0;
    }
    SparseVector v = vector(f);
    double dot = v.dot(eventSum(e)) - (inside ? v.dot(v) : 0);
    return factor * dot / others;
  }

  /** Average similarity over the pairs of an event's members; 1 for a single article. */
  double internalLink(int e) {
    List<String> ids = members.getOrDefault(e, List.of());
    int n = ids.size();
    if (n < 2) {
      return 1;
    }
    if (hasDates(ids)) {
      Sample all = sample(e);
      return averageLink(all, all);
    }
    SparseVector s = eventSum(e);
    double self = 0;
    for (String id : ids) {
      SparseVector v = vector(features(id));
      self += v.dot(v);
    }
    return (s.dot(s) - self) / ((double) n * (n - 1));
  }

  /**
   * Whether a lone article may join event {@code e} on settling: the two state no different years
   * (an earlier visit by the same people is another event) and the article's date fits every
   * member's.
   */
  boolean mayJoin(String id, int e) {
    List<String> ids = members.getOrDefault(e, List.of());
    EventFeatures f = features(id);
    if (Similarity.yearsConflict(f.years(), years(ids))) {
      return false;
    }
    for (String m : ids) {
      if (!similarity.datesCompatible(f.date(), features(m).date())) {
        return false;
      }
    }
    return true;
  }

  private Set<String> years(List<String> ids) {
    Set<String> out = new HashSet<>();
    for (String m : ids) {
      out.addAll(features(m).years());
    }
    return out;
  }

  /** Average similarity over all pairs across two distinct events. */
  double eventLink(int a, int b) {
    List<String> ia = members.get(a);
    List<String> ib = members.get(b);
    if (ia == null || ib == null || ia.isEmpty() || ib.isEmpty() || apart(span(a), span(b))) {
      return 0;
    }
    double factor = similarity.yearFactor(years(ia), years(ib));
    if (hasDates(ia) || hasDates(ib)) {
      return factor * averageLink(sample(a), sample(b));
    }
    return factor * eventSum(a).dot(eventSum(b)) / ((double) ia.size() * ib.size());
  }

  private Span span(int e) {
    Span cached = spans.get(e);
    if (cached != null) {
      return cached;
    }
    LocalDate first = null;
    LocalDate last = null;
    Span span = null;
    for (String id : members.getOrDefault(e, List.of())) {
      LocalDate d = features(id).date();
      if (d == null) {
        span = new Span(null, null);
        break;
      }
      first = first == null || d.isBefore(first) ? d : first;
      last = last == null || d.isAfter(last) ? d : last;
    }
    span = span != null ? span : new Span(first, last);
    spans.put(e, span);
    return span;
  }

  /** Whether no date of one span is compatible with any date of the other. */
  private boolean apart(Span a, Span b) {
    if (a.first() == null || a.last() == null || b.first() == null || b.last() == null) {
      return false;
    }
    return !similarity.datesCompatible(a.last(), b.first()) && a.last().isBefore(b.first())
        || !similarity.datesCompatible(b.last(), a.first()) && b.last().isBefore(a.first());
  }

  private boolean hasDates(List<String> ids) {
    for (String id : ids) {
      if (features(id).date() != null) {
        return true;
      }
    }
    return false;
  }

  private SparseVector eventSum(int e) {
    SparseVector cached = sums.get(e);
    if (cached != null) {
      return cached;
    }
    List<SparseVector> vs = new ArrayList<>();
    for (String id : members.getOrDefault(e, List.of())) {
      vs.add(vector(features(id)));
    }
    SparseVector sum = SparseVector.sum(vs);
    sums.put(e, sum);
    return sum;
  }
}
