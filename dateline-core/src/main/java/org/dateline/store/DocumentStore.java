package org.dateline.store;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dateline.copies.CopyLink;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.corpus.CorpusResult;
import org.dateline.corpus.CorpusSink;
import org.dateline.corpus.DatedEvent;
import org.dateline.model.Article;
import org.dateline.storylines.Storyline;
import org.jspecify.annotations.Nullable;

/**
 * The system of record for page outcomes.
 *
 * <p>A <em>run</em> is one invocation over some inputs; it lists every page it covered, in the
 * order ingest read them, whether the page was processed in this run or already known. Each page's
 * outcome and its place in the run are committed in one transaction, so a run killed half-way and
 * started again skips what was committed and ends with the same pages, none twice.
 *
 * <p>Infrastructure failures are {@link IOException}s and are never swallowed.
 */
public interface DocumentStore extends AutoCloseable {

  /** Opens a run over the given inputs and returns its id. */
  long startRun(List<String> inputs) throws IOException;

  /** Whether an outcome for this page key is already stored. */
  boolean knows(String key) throws IOException;

  /** Puts an already-stored page into the run at position {@code seq}. */
  void link(long run, long seq, String key) throws IOException;

  /** Stores a page's outcome and puts it into the run at {@code seq}, in one transaction. */
  void commit(long run, long seq, PageOutcome outcome) throws IOException;

  /** Marks the run finished. */
  void finishRun(long run) throws IOException;

  /**
   * Keys of stored rejections that kept the page they rejected, oldest first.
   *
   * @param stage only rejections made by this stage, or null for all
   */
  List<String> replayable(@Nullable String stage) throws IOException;

  /** A stored rejection, with its page. */
  Optional<PageOutcome.Rejected> rejection(String key) throws IOException;

  /** Replaces a stored rejection with the article that replaying its page produced. */
  void recover(String key, Article article) throws IOException;

  /** Streams the run's outcomes in ingest order, without loading them all. */
  default void forEachInRun(long run, OutcomeVisitor visitor) throws IOException {
    forEachPlacedInRun(run, (outcome, event) -> visitor.visit(outcome));
  }

  /**
   * Streams the run's outcomes in ingest order, each article placed by the stored stories: dated by
   * its event when it states no date, and with its event's id.
   */
  void forEachPlacedInRun(long run, PlacedVisitor visitor) throws IOException;

  /** The stored copies with at least one of the run's articles, by their first article. */
  void forEachCopyOfRun(long run, Visitor<CopyLink> visitor) throws IOException;

  /** The stored events with at least one of the run's articles, in id order. */
  void forEachEventOfRun(long run, Visitor<DatedEvent> visitor) throws IOException;

  /** The stored storylines with at least one such event, in id order. */
  void forEachStorylineOfRun(long run, Visitor<Storyline> visitor) throws IOException;

  /**
   * Streams every stored article in the order its news happened: undated first, then by publication
   * date, then in the order stored. Folders of archives arrive in any order; the cross-document
   * stage reads them as the stream of days they were.
   */
  void forEachArticleByDate(DocumentQueries.ArticleVisitor visitor) throws IOException;

  /** Replaces the stored copies, events and storylines with these, in one transaction. */
  void replaceStories(CorpusResult stories) throws IOException;

  /**
   * Runs the cross-document stage over every stored article, in the order of {@link
   * #forEachArticleByDate}, and replaces the stored copies, events, storylines and entities with
   * what it hands to its sink, in one transaction. What the stage finds goes to the tables as it is
   * found, so neither side holds the whole result.
   *
   * @param stage makes the stage over the store's sink
   */
  void replaceStories(Function<CorpusSink, StoryStage> stage) throws IOException;

  @Override
  void close() throws IOException;

  /** Receives stored outcomes. */
  interface OutcomeVisitor {
    void visit(PageOutcome outcome) throws IOException;
  }

  /** Receives stored outcomes with the id of the article's event, or null. */
  interface PlacedVisitor {
    void visit(PageOutcome outcome, @Nullable String event) throws IOException;
  }

  /** Receives stored records. */
  interface Visitor<T> {
    void visit(T item) throws IOException;
  }

  /** The cross-document stage as the store drives it: articles in; what it finds, to its sink. */
  interface StoryStage {
    void add(Article article);

    /** No more articles: hand everything still open to the sink. */
    void end();

    /** The engine's cross-document stage with its defaults, handing what it finds to the sink. */
    static StoryStage defaults(CorpusSink sink) {
      CorpusAnalysis analysis = CorpusAnalysis.streaming(sink);
      return new StoryStage() {
        @Override
        public void add(Article article) {
          analysis.add(article);
        }

        @Override
        public void end() {
          analysis.end();
        }
      };
    }
  }
}
