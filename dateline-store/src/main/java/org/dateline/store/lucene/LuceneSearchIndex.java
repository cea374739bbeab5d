package org.dateline.store.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.store.DocumentQueries;
import org.dateline.store.SearchIndex;
import org.jspecify.annotations.Nullable;

/**
 * A Lucene index of stored articles (title, body, outlet, publication date, the entities named).
 * User queries go through {@link SimpleQueryParser}, which never throws on odd input; all words
 * must match. Facet counts (outlet, month, entity) cover every match and are read from doc values,
 * in the same pass as the top hits. The index records its layout version, so an index written by an
 * older layout is rebuilt.
 */
public final class LuceneSearchIndex implements SearchIndex {
  private static final int SNIPPET = 240;
  private static final String LAYOUT_KEY = "dateline.index.layout";
  private static final String REVISION_KEY = "dateline.store.revision";
  private static final String LAYOUT = "5";
  private static final String PUBLISHED_DV = "published_dv";
  // Facet lists longer than this show their most frequent values only.
  private static final int MAX_FACET_VALUES = 12;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = new EnglishAnalyzer();

  private LuceneSearchIndex(Directory directory) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
  }

  /**
   * Opens the index in {@code dir}, rebuilding it from the database first when it is missing, was
   * written by another layout, or was built before the store's last run (which may have added
   * pages, or changed the dates events lend).
   */
  public static LuceneSearchIndex openOrRebuild(Path dir, DocumentQueries store)
      throws IOException {
    Directory directory = FSDirectory.open(dir);
    String revision = store.revision();
    boolean current = DirectoryReader.indexExists(directory) && matches(directory, revision);
    if (!current) {
      rebuild(directory, store, revision);
    }
    return new LuceneSearchIndex(directory);
  }

  private static boolean matches(Directory directory, String revision) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      Map<String, String> data = r.getIndexCommit().getUserData();
      return LAYOUT.equals(data.get(LAYOUT_KEY)) && revision.equals(data.get(REVISION_KEY));
    }
  }

  private static void rebuild(Directory directory, DocumentQueries store, String revision)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      store.forEachArticle(article -> writer.addDocument(document(article)));
      // Built whole and then only read: in one segment a query walks one postings list per word
      // and the facet counts resolve their ordinals once, not once per segment.
      writer.forceMerge(1);
      writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT, REVISION_KEY, revision).entrySet());
      writer.commit();
    }
  }

  private static Document document(Article a) {
    Document d = new Document();
    d.add(new StringField("id", a.id(), Field.Store.NO));
    // One searchable field holds the title and the body: a query reads one postings list per
    // word instead of one per word and field.
    d.add(new TextField("text", nonNull(a.title()) + "\n" + a.text(), Field.Store.NO));
    String text = a.text();
    d.add(
        HitValues.field(
            a.id(),
            a.title(),
            a.outlet(),
            a.published().value(),
            text.length() <= SNIPPET ? text : text.substring(0, SNIPPET)));
    if (a.outlet() != null) {
      d.add(new StringField("outlet", a.outlet(), Field.Store.NO));
      d.add(new SortedDocValuesField(FacetCounts.OUTLET, new BytesRef(a.outlet())));
    }
    String published = a.published().value();
    if (published != null) {
      d.add(new StringField("published", published, Field.Store.NO));
      d.add(new SortedDocValuesField(PUBLISHED_DV, new BytesRef(published)));
      if (published.length() >= 7) {
        d.add(new SortedDocValuesField(FacetCounts.MONTH, new BytesRef(published.substring(0, 7))));
      }
    }
    Set<String> names = new HashSet<>();
    for (Entity e : a.extracts().entities()) {
      if (e.type() != EntityType.OTHER && names.add(e.name())) {
        d.add(new StringField("entity", e.name(), Field.Store.NO));
        d.add(new SortedSetDocValuesField(FacetCounts.ENTITY, new BytesRef(e.name())));
      }
    }
    return d;
  }

  @Override
  public Hits search(SearchIndex.Query q) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(text(q.text()), BooleanClause.Occur.MUST);
    if (q.outlet() != null) {
      all.add(new TermQuery(new Term("outlet", q.outlet())), BooleanClause.Occur.FILTER);
    }
    if (q.entity() != null) {
      all.add(new TermQuery(new Term("entity", q.entity())), BooleanClause.Occur.FILTER);
    }
    dates(all, q.from(), q.to());
    // One pass over the matches fills the top hits, the exact total and the facet counts.
    Object[] results =
        searcher.search(
            all.build(),
            new MultiCollectorManager(
                new TopScoreDocCollectorManager(q.limit(), Integer.MAX_VALUE), new FacetCounts()));
    TopDocs top = (TopDocs) results[0];
    FacetCounts.Counts counts = (FacetCounts.Counts) results[1];
    List<Hit> hits = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      hits.add(HitValues.read(reader, sd.doc));
    }
    return new Hits(
        top.totalHits.value,
        hits,
        mostFirst(counts.outlets(), Integer.MAX_VALUE),
        mostFirst(counts.entities(), MAX_FACET_VALUES),
        newestFirst(counts.months()));
  }

  @Override
  public List<String> newest(String query, @Nullable String since, int limit) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(text(query), BooleanClause.Occur.MUST);
    dates(all, since, null);
    Sort byDate = new Sort(new SortField(PUBLISHED_DV, SortField.Type.STRING, true));
    TopDocs top = searcher.search(all.build(), limit, byDate);
    List<String> ids = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      ids.add(HitValues.read(reader, sd.doc).id());
    }
    return ids;
  }

  private static void dates(BooleanQuery.Builder all, @Nullable String from, @Nullable String to) {
    if (from != null || to != null) {
      all.add(
          TermRangeQuery.newStringRange(
              "published", from, to == null ? null : to + "\uFFFF", true, true),
          BooleanClause.Occur.FILTER);
    }
  }

  private static List<Facet> mostFirst(Map<String, Long> counts, int max) {
    return counts.entrySet().stream()
        .map(e -> new Facet(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(Facet::count).reversed().thenComparing(Facet::value))
        .limit(max)
        .toList();
  }

  private static List<Facet> newestFirst(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> new Facet(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(Facet::value).reversed())
        .limit(MAX_FACET_VALUES * 2L)
        .toList();
  }

  private org.apache.lucene.search.Query text(String query) {
    if (query.isBlank()) {
      return new MatchAllDocsQuery();
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, "text");
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    org.apache.lucene.search.Query parsed = parser.parse(query);
    return parsed == null ? new MatchAllDocsQuery() : parsed;
  }

  private static String nonNull(@Nullable String s) {
    return s == null ? "" : s;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
