package org.dateline.clean;

import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.bundled.Bundled;

/** The cue-word lists of {@code dump-cues.properties}, loaded once. */
final class DumpCues {
  static final DumpCues DEFAULT = load("dump-cues.properties");

  final Set<String> imperatives;
  final Set<String> web;
  final Set<String> agencies;
  final Set<String> roles;

  private DumpCues(Properties p) {
    imperatives = words(p, "imperatives");
    web = words(p, "web");
    agencies = words(p, "agencies");
    roles = words(p, "roles");
  }

  private static DumpCues load(String resource) {
    return new DumpCues(Bundled.properties(DumpCues.class, resource));
  }

  private static Set<String> words(Properties p, String key) {
    return Bundled.entries(p, key).stream()
        .map(w -> w.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
