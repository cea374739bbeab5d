package org.dateline.store.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dateline.model.Article;
import org.dateline.store.DocumentQueries;
import org.dateline.store.SearchIndex;
import org.jspecify.annotations.Nullable;

/**
 * A Lucene index of stored articles (title, body, outlet, publication date). User queries go
 * through {@link SimpleQueryParser}, which never throws on odd input; all words must match. Outlet
 * facet counts are taken over the first {@value #FACET_DEPTH} hits.
 */
public final class LuceneSearchIndex implements SearchIndex {
  private static final int FACET_DEPTH = 1000;
  private static final int SNIPPET = 240;

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
   * Opens the index in {@code dir}, rebuilding it from the database first when it is missing or
   * does not hold every stored article.
   */
  public static LuceneSearchIndex openOrRebuild(Path dir, DocumentQueries store)
      throws IOException {
    Directory directory = FSDirectory.open(dir);
    boolean current =
        DirectoryReader.indexExists(directory) && count(directory) == store.articleCount();
    if (!current) {
      rebuild(directory, store);
    }
    return new LuceneSearchIndex(directory);
  }

  private static long count(Directory directory) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      return r.numDocs();
    }
  }

  private static void rebuild(Directory directory, DocumentQueries store) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      store.forEachArticle(article -> writer.addDocument(document(article)));
      writer.commit();
    }
  }

  private static Document document(Article a) {
    Document d = new Document();
    d.add(new StringField("id", a.id(), Field.Store.YES));
    d.add(
        new TextField(
            "title", nonNull(a.title()), a.title() == null ? Field.Store.NO : Field.Store.YES));
    d.add(new TextField("text", a.text(), Field.Store.NO));
    String text = a.text();
    d.add(new StoredField("snippet", text.length() <= SNIPPET ? text : text.substring(0, SNIPPET)));
    if (a.outlet() != null) {
      d.add(new StringField("outlet", a.outlet(), Field.Store.YES));
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
    TopDocs top = searcher.search(all.build(), Math.max(limit, FACET_DEPTH));
    List<Hit> hits = new ArrayList<>();
    Map<String, Long> outlets = new HashMap<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = searcher.storedFields().document(sd.doc);
      String docOutlet = d.get("outlet");
      if (docOutlet != null) {
        outlets.merge(docOutlet, 1L, Long::sum);
      }
      if (i < limit) {
        hits.add(
            new Hit(
                d.get("id"),
                d.get("title"),
                docOutlet,
                d.get("published"),
                nonNull(d.get("snippet"))));
      }
    }
    List<Facet> facets = new ArrayList<>();
    outlets.forEach((value, n) -> facets.add(new Facet(value, n)));
    facets.sort(Comparator.comparingLong(Facet::count).reversed().thenComparing(Facet::value));
    return new Hits(top.totalHits.value, hits, facets);
  }

  private Query text(String query) {
    if (query.isBlank()) {
      return new MatchAllDocsQuery();
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of("title", 2f, "text", 1f));
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
