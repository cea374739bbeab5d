package org.dateline.store.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.dateline.model.Article;
import org.dateline.store.DocumentQueries;
import org.dateline.store.SearchIndex;
import org.jspecify.annotations.Nullable;

/**
 * A Lucene index of stored articles (title, body, outlet, publication date). User queries go
 * through {@link SimpleQueryParser}, which never throws on odd input; all words must match. Outlet
 * facet counts cover every match and are read from doc values, in the same pass as the top hits.
 * The index records its layout version, so an index written by an older layout is rebuilt.
 */
public final class LuceneSearchIndex implements SearchIndex {
  private static final int SNIPPET = 240;
  private static final String LAYOUT_KEY = "dateline.index.layout";
  private static final String LAYOUT = "3";

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
   * written by another layout, or does not hold every stored article.
   */
  public static LuceneSearchIndex openOrRebuild(Path dir, DocumentQueries store)
      throws IOException {
    Directory directory = FSDirectory.open(dir);
    boolean current =
        DirectoryReader.indexExists(directory) && matches(directory, store.articleCount());
    if (!current) {
      rebuild(directory, store);
    }
    return new LuceneSearchIndex(directory);
  }

  private static boolean matches(Directory directory, long articles) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      return LAYOUT.equals(r.getIndexCommit().getUserData().get(LAYOUT_KEY))
          && r.numDocs() == articles;
    }
  }

  private static void rebuild(Directory directory, DocumentQueries store) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      store.forEachArticle(article -> writer.addDocument(document(article)));
      writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
      writer.commit();
    }
  }

  private static Document document(Article a) {
    Document d = new Document();
    d.add(new StringField("id", a.id(), Field.Store.YES));
    if (a.title() != null) {
      d.add(new StoredField("title", a.title()));
    }
    // One searchable field holds the title and the body: a query reads one postings list per
    // word instead of one per word and field.
    d.add(new TextField("text", nonNull(a.title()) + "\n" + a.text(), Field.Store.NO));
    String text = a.text();
    d.add(new StoredField("snippet", text.length() <= SNIPPET ? text : text.substring(0, SNIPPET)));
    if (a.outlet() != null) {
      d.add(new StringField("outlet", a.outlet(), Field.Store.YES));
      d.add(new SortedDocValuesField(OutletCounts.FIELD, new BytesRef(a.outlet())));
    }
    if (a.published().value() != null) {
      d.add(new StringField("published", a.published().value(), Field.Store.YES));
    }
    return d;
  }

  @Override
  public Hits search(
      String query, @Nullable String outlet, @Nullable String from, @Nullable String to, int limit)
      throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(text(query), BooleanClause.Occur.MUST);
    if (outlet != null) {
      all.add(new TermQuery(new Term("outlet", outlet)), BooleanClause.Occur.FILTER);
    }
    if (from != null || to != null) {
      all.add(
          TermRangeQuery.newStringRange(
              "published", from, to == null ? null : to + "\uFFFF", true, true),
          BooleanClause.Occur.FILTER);
    }
    Query built = all.build();
    // One pass over the matches fills the top hits, the exact total and the facet counts.
    Object[] results =
        searcher.search(
            built,
            new MultiCollectorManager(
                new TopScoreDocCollectorManager(limit, Integer.MAX_VALUE), new OutletCounts()));
    TopDocs top = (TopDocs) results[0];
    @SuppressWarnings("unchecked")
    Map<String, Long> outlets = (Map<String, Long>) results[1];
    long total = top.totalHits.value;
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, top.scoreDocs.length); i++) {
      Document d = searcher.storedFields().document(top.scoreDocs[i].doc);
      hits.add(
          new Hit(
              d.get("id"),
              d.get("title"),
              d.get("outlet"),
              d.get("published"),
              nonNull(d.get("snippet"))));
    }
    List<Facet> facets = new ArrayList<>();
    outlets.forEach((value, n) -> facets.add(new Facet(value, n)));
    facets.sort(Comparator.comparingLong(Facet::count).reversed().thenComparing(Facet::value));
    return new Hits(total, hits, facets);
  }

  private Query text(String query) {
    if (query.isBlank()) {
      return new MatchAllDocsQuery();
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, "text");
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query parsed = parser.parse(query);
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
