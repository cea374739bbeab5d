package org.dateline.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts every match per outlet from doc values (no stored fields are read): per segment by
 * ordinal, translated to names once per segment, merged across searcher slices.
 */
final class OutletCounts implements CollectorManager<OutletCounts.Counter, Map<String, Long>> {
  static final String FIELD = "outlet_dv";

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public Map<String, Long> reduce(Collection<Counter> counters) {
    Map<String, Long> merged = new HashMap<>();
    for (Counter c : counters) {
      c.flush();
      c.counts.forEach((k, v) -> merged.merge(k, v, Long::sum));
    }
    return merged;
  }

  /** Counts one slice's matches. */
  static final class Counter extends SimpleCollector {
    private final Map<String, Long> counts = new HashMap<>();
    private SortedDocValues values = DocValues.emptySorted();
    private long[] byOrdinal = new long[0];

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      values = DocValues.getSorted(context.reader(), FIELD);
      byOrdinal = new long[values.getValueCount()];
    }

    @Override
    public void collect(int doc) throws IOException {
      if (values.advanceExact(doc)) {
        byOrdinal[values.ordValue()]++;
      }
    }

    private void flush() {
      try {
        for (int ord = 0; ord < byOrdinal.length; ord++) {
          if (byOrdinal[ord] > 0) {
            counts.merge(values.lookupOrd(ord).utf8ToString(), byOrdinal[ord], Long::sum);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      byOrdinal = new long[0];
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
