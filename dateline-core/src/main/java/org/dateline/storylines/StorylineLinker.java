package org.dateline.storylines;

import java.util.List;
import java.util.Objects;

/**
 * Links events that continue one story: two events join when they share at least two principal
 * actors (the ones their pages name most) and both their actor and their topic profiles, weighted
 * by how few events name each, are alike. Linking is transitive (a visit, the next visit, the one
 * after). Candidate pairs come from an inverted index on principal actors, so events are never
 * compared all against all; an actor named by more than {@code maxPosting} kept events proposes no
 * pairs (it still counts in the similarity). {@link #begin()} links events as they become final
 * ({@link StorylineLinking}); {@link #link(List)} links a finished list the same way. Immutable.
 */
public final class StorylineLinker {

  private final Settings settings;

  /**
   * @param principal how many of an event's strongest actors count as principal
   * @param sharedPrincipals how many principal actors two events must share
   * @param actorThreshold least cosine of the actor profiles
   * @param topicThreshold least cosine of the topic profiles
   * @param maxPosting actors named by more kept events than this propose no pairs
   * @param horizonDays an event this many days older than the newest is no longer linked to
   * @param maxKept at most this many of the latest events are linked to, whatever their dates
   */
  public record Settings(
      int principal,
      int sharedPrincipals,
      double actorThreshold,
      double topicThreshold,
      int maxPosting,
      int horizonDays,
      int maxKept) {
    public Settings {
      if (principal < 1 || sharedPrincipals < 1 || sharedPrincipals > principal) {
        throw new IllegalArgumentException("need 1 <= sharedPrincipals <= principal");
      }
      if (maxPosting < 2) {
        throw new IllegalArgumentException("maxPosting must be >= 2");
      }
      if (horizonDays < 1 || maxKept < 1) {
        throw new IllegalArgumentException("horizonDays and maxKept must be >= 1");
      }
    }

    /**
     * The engine's defaults: a story continues while its events come within three years of each
     * other; at most 20,000 events are kept for linking.
     */
    public static Settings defaults() {
      return new Settings(5, 2, 0.35, 0.15, 2_000, 3 * 366, 20_000);
    }
  }

  public StorylineLinker(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** A linker with {@link Settings#defaults()}. */
  public static StorylineLinker withDefaults() {
    return new StorylineLinker(Settings.defaults());
  }

  /** A new linking, to be fed events as they become final. */
  public StorylineLinking begin() {
    return new StorylineLinking(settings);
  }

  /** Storylines of two or more events, ordered by their oldest event; lone events have none. */
  public List<Storyline> link(List<EventProfile> events) {
    StorylineLinking linking = begin();
    events.forEach(linking::add);
    return linking.storylines();
  }
}
