package org.dateline.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * Counts every match per outlet, month and entity from doc values (no stored fields are read): per
 * segment by ordinal, translated to names once per segment, merged across searcher slices.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Counts> {
  static final String OUTLET = "outlet_dv";
  static final String MONTH = "month_dv";
  static final String ENTITY = "entity_dv";

  /** The merged counts, by value, of each facet. */
  record Counts(Map<String, Long> outlets, Map<String, Long> months, Map<String, Long> entities) {}

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public Counts reduce(Collection<Counter> counters) {
    Counts merged = new Counts(new HashMap<>(), new HashMap<>(), new HashMap<>());
    for (Counter c : counters) {
      c.flush();
      c.outlets.counts.forEach((k, v) -> merged.outlets().merge(k, v, Long::sum));
      c.months.counts.forEach((k, v) -> merged.months().merge(k, v, Long::sum));
      c.entities.forEach((k, v) -> merged.entities().merge(k, v, Long::sum));
    }
    return merged;
  }

  /** A segment's ordinals. */
  private interface Ordinals {
    BytesRef lookupOrd(int ord) throws IOException;
  }

  /** Adds one segment's counts by ordinal to the counts by value. */
  private static void merge(long[] byOrdinal, Ordinals ordinals, Map<String, Long> counts) {
    try {
      for (int ord = 0; ord < byOrdinal.length; ord++) {
        if (byOrdinal[ord] > 0) {
          counts.merge(ordinals.lookupOrd(ord).utf8ToString(), byOrdinal[ord], Long::sum);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One single-valued facet's counts in one slice. */
  private static final class Single {
    final Map<String, Long> counts = new HashMap<>();
    SortedDocValues values = DocValues.emptySorted();
    long[] byOrdinal = new long[0];

    void next(LeafReaderContext context, String field) throws IOException {
      flush();
      values = DocValues.getSorted(context.reader(), field);
      byOrdinal = new long[values.getValueCount()];
    }

    void collect(int doc) throws IOException {
      if (values.advanceExact(doc)) {
        byOrdinal[values.ordValue()]++;
      }
    }

    void flush() {
      merge(byOrdinal, values::lookupOrd, counts);
      byOrdinal = new long[0];
    }
  }

  /** Counts one slice's matches. */
  static final class Counter extends SimpleCollector {
    private final Single outlets = new Single();
    private final Single months = new Single();
    private final Map<String, Long> entities = new HashMap<>();
    private SortedSetDocValues names = DocValues.emptySortedSet();
    private long[] byName = new long[0];

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      outlets.next(context, OUTLET);
      months.next(context, MONTH);
      names = DocValues.getSortedSet(context.reader(), ENTITY);
      byName = new long[Math.toIntExact(names.getValueCount())];
    }

    @Override
    public void collect(int doc) throws IOException {
      outlets.collect(doc);
      months.collect(doc);
      if (names.advanceExact(doc)) {
        for (int i = 0; i < names.docValueCount(); i++) {
          byName[(int) names.nextOrd()]++;
        }
      }
    }

    private void flush() {
      outlets.flush();
      months.flush();
      merge(byName, names::lookupOrd, entities);
      byName = new long[0];
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
