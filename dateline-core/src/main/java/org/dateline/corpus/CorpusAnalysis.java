package org.dateline.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dateline.copies.CopyDetector;
import org.dateline.copies.CopyLink;
import org.dateline.copies.CopyPair;
import org.dateline.events.Event;
import org.dateline.events.EventClusterer;
import org.dateline.events.EventFeatures;
import org.dateline.events.EventSettings;
import org.dateline.events.FeatureExtractor;
import org.dateline.model.Article;
import org.dateline.model.Published;
import org.dateline.model.TimeMention;
import org.dateline.storylines.EventProfile;
import org.dateline.storylines.Storyline;
import org.dateline.storylines.StorylineLinker;
import org.dateline.time.CalendarEvidence;
import org.dateline.time.EventCalendar;
import org.dateline.time.SiblingDating;
import org.dateline.time.TemporalTagger;
import org.jspecify.annotations.Nullable;

/**
 * Runs the cross-document stages over articles as they come: each article is checked for wire
 * copies and joins an event at once; {@link #finish()} settles the events, dates them from their
 * pages, lends those dates to undated pages, and links events into storylines.
 *
 * <p>Working state is bounded by the copy and event windows. Each article leaves a small note (its
 * date and a capped profile of names and words) until its event retires from the window; the
 * event's dates, lent dates and storyline profile are then summed up from its notes, which are let
 * go. What grows with the corpus is one summary per retired event and the result itself (each
 * article's event, copies, entity mentions). Not thread-safe.
 */
public final class CorpusAnalysis {

  // Reports of an event come out within this many days of it.
  private static final int REPORTING_DAYS = 3;

  private final CopyDetector copies;
  private final EventClusterer events;
  private final StorylineLinker storylines;
  private final FeatureExtractor features = FeatureExtractor.english();
  private final ArticleProfiler profiler = new ArticleProfiler();
  private final TemporalTagger tagger = new TemporalTagger();
  private final EntityRegistry names = EntityRegistry.named();
  private final List<EntityMention> mentions = new ArrayList<>();
  private final List<CopyLink> pairs = new ArrayList<>();
  private final Map<String, Note> notes = new LinkedHashMap<>();
  // Retired events' summaries by event id, and the articles whose notes they replaced.
  private final Map<String, Summary> summaries = new HashMap<>();
  private final Set<String> summed = new HashSet<>();
  private int retiredSeen;

  /** What is kept of one article until the end. */
  private record Note(
      Published published,
      CalendarEvidence calendar,
      Map<String, Double> actors,
      Map<String, Double> topic) {}

  /** What is kept of one event until the end: its dates, the dates it lends, its profile. */
  private record Summary(
      SiblingDating.Span span, Map<String, Published> lent, EventProfile profile) {}

  public CorpusAnalysis(CopyDetector copies, EventClusterer events, StorylineLinker storylines) {
    this.copies = Objects.requireNonNull(copies, "copies");
    this.events = Objects.requireNonNull(events, "events");
    this.storylines = Objects.requireNonNull(storylines, "storylines");
  }

  /** The engine's defaults; an article's happening is dated by its day-precise publication date. */
  public static CorpusAnalysis withDefaults() {
    return new CorpusAnalysis(
        CopyDetector.withDefaults(),
        new EventClusterer(EventSettings.defaults(), a -> day(a.published())),
        StorylineLinker.withDefaults());
  }

  /** Adds one article; an id seen before is ignored. */
  public void add(Article article) {
    Objects.requireNonNull(article, "article");
    if (notes.containsKey(article.id()) || summed.contains(article.id())) {
      return;
    }
    for (CopyPair p : copies.add(article)) {
      pairs.add(CopyLink.of(p));
    }
    names
        .add(article.extracts().entities())
        .forEach((key, entity) -> mentions.add(new EntityMention(entity, article.id(), key)));
    EventFeatures f = features.extract(article, day(article.published()));
    events.add(f);
    notes.put(
        article.id(),
        new Note(
            article.published(),
            calendar(article),
            profiler.actors(article, f),
            profiler.topic(f)));
    sumUpRetired();
  }

  /** Replaces the notes of the events retired since the last article by their summaries. */
  private void sumUpRetired() {
    List<Event> newly = events.retiredAfter(retiredSeen);
    retiredSeen += newly.size();
    for (Event e : newly) {
      summaries.put(e.id(), summary(e));
      for (String doc : e.documents()) {
        if (notes.remove(doc) != null) {
          summed.add(doc);
        }
      }
    }
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

  /** Settles the events and builds their dates and storylines. */
  public CorpusResult finish() {
    events.settle();
    List<Event> found = events.events();
    Map<String, String> eventOf = new HashMap<>();
    Map<String, Published> lent = new HashMap<>();
    List<EventProfile> profiles = new ArrayList<>();
    List<SiblingDating.Span> spans = new ArrayList<>();
    for (Event e : found) {
      Summary summary = summaries.get(e.id());
      if (summary == null) {
        summary = summary(e);
      }
      for (String doc : e.documents()) {
        eventOf.put(doc, e.id());
      }
      lent.putAll(summary.lent());
      spans.add(summary.span());
      profiles.add(summary.profile());
    }
    List<Storyline> lines = storylines.link(profiles);
    Map<String, String> storylineOf = new HashMap<>();
    for (Storyline s : lines) {
      for (String e : s.events()) {
        storylineOf.put(e, s.id());
      }
    }
    List<DatedEvent> dated = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Event e = found.get(i);
      dated.add(
          new DatedEvent(e, spans.get(i).start(), spans.get(i).end(), storylineOf.get(e.id())));
    }
    List<CorpusEntity> entities = new ArrayList<>();
    names.all().forEach(g -> entities.add(CorpusEntity.of(g)));
    return new CorpusResult(pairs, dated, lines, eventOf, lent, entities, mentions);
  }

  /**
   * An event's dates from its pages (or, when none is dated, from what their texts say of the
   * calendar), the date it lends its pages with none of their own, and its storyline profile.
   */
  private Summary summary(Event e) {
    List<Published> dates = new ArrayList<>();
    List<CalendarEvidence> calendars = new ArrayList<>();
    Map<String, Double> actors = new HashMap<>();
    Map<String, Double> topic = new HashMap<>();
    for (String doc : e.documents()) {
      Note note = notes.get(doc);
      if (note != null) {
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
      for (String doc : e.documents()) {
        Note note = notes.get(doc);
        if (note != null && !note.published().stated()) {
          lent.put(doc, shared);
        }
      }
    }
    return new Summary(
        span, lent, new EventProfile(e.id(), e.title(), span.start(), actors, topic));
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

  /**
   * A day-precise stated publication date, or null: coarser dates and fetch times would mislead the
   * date gate.
   */
  private static @Nullable LocalDate day(Published published) {
    return published.stated() ? published.day() : null;
  }
}
