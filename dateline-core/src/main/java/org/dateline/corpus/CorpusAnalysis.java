package org.dateline.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.copies.CopyDetector;
import org.dateline.copies.CopyLink;
import org.dateline.copies.CopyPair;
import org.dateline.events.ArticleDates;
import org.dateline.events.Event;
import org.dateline.events.EventClusterer;
import org.dateline.events.EventFeatures;
import org.dateline.events.EventSettings;
import org.dateline.events.FeatureExtractor;
import org.dateline.model.Article;
import org.dateline.model.Published;
import org.dateline.model.TimeMention;
import org.dateline.storylines.EventProfile;
import org.dateline.storylines.StorylineLinker;
import org.dateline.storylines.StorylineLinking;
import org.dateline.time.CalendarEvidence;
import org.dateline.time.EventCalendar;
import org.dateline.time.SiblingDating;
import org.dateline.time.TemporalTagger;
import org.jspecify.annotations.Nullable;

/**
 * Runs the cross-document stages over articles as they come: each article is checked for wire
 * copies and joins an event at once. An event that leaves the active window is final: it is dated
 * from its pages, lends that date to its undated pages, and goes to the {@link CorpusSink} with
 * them. {@link #end()} settles the events still active, hands them over too, and links all events
 * into storylines.
 *
 * <p>Working state is bounded by the copy and event windows and the storyline horizon. Each article
 * leaves a small note (its date and a capped profile of names and words) until its event is final;
 * the event's capped profile then goes to storyline linking, which keeps it while the horizon does.
 * What grows with the corpus is each event's id, start and storyline, and the distinct entities.
 * Not thread-safe.
 */
public final class CorpusAnalysis {

  // Reports of an event come out within this many days of it.
  private static final int REPORTING_DAYS = 3;
  // An event's storyline profile keeps this many of its articles' most weighted actors and words.
  private static final int EVENT_ACTORS = 30;
  private static final int EVENT_WORDS = 40;

  /**
   * The dates clustering may trust: a stated publication day (coarser dates and fetch times would
   * mislead the date gate), and a stated publication year at any precision.
   */
  private static final ArticleDates STATED =
      new ArticleDates() {
        @Override
        public @Nullable LocalDate dateOf(Article article) {
          Published p = article.published();
          return p.stated() ? p.day() : null;
        }

        @Override
        public @Nullable Integer yearOf(Article article) {
          Published p = article.published();
          return p.stated() ? p.year() : null;
        }
      };

  private final CopyDetector copies;
  private final EventClusterer events;
  private final StorylineLinking storylines;
  private final CorpusSink sink;
  private final FeatureExtractor features = FeatureExtractor.english();
  private final ArticleProfiler profiler = new ArticleProfiler();
  private final TemporalTagger tagger = new TemporalTagger();
  private final EntityRegistry names = EntityRegistry.named();
  private final Map<String, Note> notes = new LinkedHashMap<>();
  private boolean ended;

  /** What is kept of one article until its event is final. */
  private record Note(
      Published published,
      CalendarEvidence calendar,
      Map<String, Double> actors,
      Map<String, Double> topic) {}

  public CorpusAnalysis(
      CopyDetector copies, EventClusterer events, StorylineLinker storylines, CorpusSink sink) {
    this.copies = Objects.requireNonNull(copies, "copies");
    this.events = Objects.requireNonNull(events, "events");
    this.storylines = Objects.requireNonNull(storylines, "storylines").begin();
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /**
   * The engine's defaults, collecting the result for {@link #finish()}; an article's happening is
   * dated by its day-precise publication date.
   */
  public static CorpusAnalysis withDefaults() {
    return streaming(new CorpusCollector());
  }

  /** The engine's defaults, handing everything to the sink as soon as it is final. */
  public static CorpusAnalysis streaming(CorpusSink sink) {
    return new CorpusAnalysis(
        CopyDetector.withDefaults(),
        new EventClusterer(EventSettings.defaults(), STATED),
        StorylineLinker.withDefaults(),
        sink);
  }

  /** Adds one article; an id seen before is ignored, as far as the sink remembers ids. */
  public void add(Article article) {
    Objects.requireNonNull(article, "article");
    if (ended) {
      throw new IllegalStateException("ended");
    }
    if (notes.containsKey(article.id()) || sink.holds(article.id())) {
      return;
    }
    for (CopyPair p : copies.add(article)) {
      sink.copy(CopyLink.of(p));
    }
    names
        .add(article.extracts().entities())
        .forEach((key, entity) -> sink.mention(new EntityMention(entity, article.id(), key)));
    EventFeatures f = features.extract(article, STATED.dateOf(article), STATED.yearOf(article));
    events.add(f);
    notes.put(
        article.id(),
        new Note(
            article.published(),
            calendar(article),
            profiler.actors(article, f),
            profiler.topic(f)));
    events.takeRetired().forEach(this::close);
  }

  /**
   * What an article's text says about the calendar, when its date is not its own. A page not dated
   * to the day had its time expressions recorded without a reference by the extract stage, which is
   * what the calendar reads; one dated only by a fetch time or its event, or not through the
   * extract stage, is read again.
   */
  private CalendarEvidence calendar(Article article) {
    if (article.published().stated()) {
      return CalendarEvidence.none();
    }
    List<TimeMention> times = article.extracts().times();
    if (!times.isEmpty() && article.published().day() == null) {
      return CalendarEvidence.from(article.text(), times);
    }
    return CalendarEvidence.of(tagger, article.text());
  }

  /**
   * Settles the active events, hands them over, links every event into storylines and ends the
   * sink. Nothing can be added afterwards.
   */
  public void end() {
    if (ended) {
      throw new IllegalStateException("ended");
    }
    ended = true;
    events.settle();
    events.takeRetired().forEach(this::close);
    events.events().forEach(this::close);
    List<CorpusEntity> entities = new ArrayList<>();
    names.all().forEach(g -> entities.add(CorpusEntity.of(g)));
    sink.end(storylines.storylines(), entities);
  }

  /**
   * Ends the stage and returns what it found; only when it collects (see {@link #withDefaults}).
   */
  public CorpusResult finish() {
    if (!(sink instanceof CorpusCollector collector)) {
      throw new IllegalStateException("the result went to the sink");
    }
    end();
    return collector.result();
  }

  /**
   * Hands a final event over: dated from its pages (or, when none is dated, from what their texts
   * say of the calendar), with the date it lends its pages that have none of their own. Keeps its
   * storyline profile and lets its articles' notes go.
   */
  private void close(Event e) {
    List<Published> dates = new ArrayList<>();
    List<CalendarEvidence> calendars = new ArrayList<>();
    Map<String, Double> actors = new HashMap<>();
    Map<String, Double> topic = new HashMap<>();
    List<String> undated = new ArrayList<>();
    for (String doc : e.documents()) {
      Note note = notes.remove(doc);
      if (note != null) {
        if (!note.published().stated()) {
          undated.add(doc);
        }
        dates.add(note.published());
        calendars.add(note.calendar());
        note.actors().forEach((k, w) -> actors.merge(k, w, Double::sum));
        note.topic().forEach((k, w) -> topic.merge(k, w, Double::sum));
      }
    }
    SiblingDating.Span span = SiblingDating.span(dates);
    Published shared = SiblingDating.shared(dates);
    if (span.start() == null) {
      var calendar = EventCalendar.date(calendars);
      if (calendar.isPresent()) {
        String start = calendar.get().start();
        span = new SiblingDating.Span(start, calendar.get().end());
        shared = new Published(publicationPrecision(start), Published.Basis.EVENT);
      }
    }
    Map<String, Published> lent = new HashMap<>();
    if (shared.value() != null) {
      for (String doc : undated) {
        lent.put(doc, shared);
      }
    }
    storylines.add(
        new EventProfile(
            e.id(),
            e.title(),
            span.start(),
            profiler.capped(actors, EVENT_ACTORS),
            profiler.capped(topic, EVENT_WORDS)));
    sink.event(new DatedEvent(e, span.start(), span.end(), null), lent);
  }

  /**
   * What an event's day says of its pages' publication: its month, unless the day is so near the
   * month's end that reports may come out in the next one; then its year.
   */
  private static String publicationPrecision(String start) {
    if (start.length() < 10) {
      return start.substring(0, 4);
    }
    LocalDate day = LocalDate.parse(start);
    return day.lengthOfMonth() - day.getDayOfMonth() >= REPORTING_DAYS
        ? start.substring(0, 7)
        : start.substring(0, 4);
  }
}
