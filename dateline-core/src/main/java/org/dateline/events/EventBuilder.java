package org.dateline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Makes the immutable {@link Event} of a set of articles: its extractive title and date span. */
final class EventBuilder {

  private EventBuilder() {}

  /**
   * The event of {@code members}; its title is the title of the member most similar on average to
   * the others (the first member's on ties or alone).
   */
  static Event build(
      String id, List<EventFeatures> members, Function<EventFeatures, SparseVector> vector) {
    EventFeatures central = members.get(0);
    double best = -1;
    List<EventFeatures> sample = members.size() > 50 ? members.subList(0, 50) : members;
    for (EventFeatures m : sample) {
      if (m.title().isBlank()) {
        continue;
      }
      double sum = 0;
      for (EventFeatures o : sample) {
        if (o != m) {
          sum += Similarity.cosine(vector.apply(m), vector.apply(o));
        }
      }
      if (sum > best) {
        best = sum;
        central = m;
      }
    }
    @Nullable LocalDate start = null;
    @Nullable LocalDate end = null;
    List<String> ids = new ArrayList<>();
    for (EventFeatures m : members) {
      ids.add(m.id());
      LocalDate d = m.date();
      if (d != null) {
        start = start == null || d.isBefore(start) ? d : start;
        end = end == null || d.isAfter(end) ? d : end;
      }
    }
    return new Event(id, central.title(), ids, start, end);
  }
}
