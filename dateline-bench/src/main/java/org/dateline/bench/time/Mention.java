package org.dateline.bench.time;

/** One time expression, gold or system: a span in the document text, its TIMEX3 type and value. */
public record Mention(int begin, int end, String type, String value) {

  boolean overlaps(Mention other) {
    return begin < other.end && other.begin < end;
  }
}
