package org.dateline.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

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
    Properties p = new Properties();
    try (InputStream in = DumpCues.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DumpCues(p);
  }

  private static Set<String> words(Properties p, String key) {
    return Arrays.stream(p.getProperty(key, "").split(","))
        .map(w -> w.strip().toLowerCase(Locale.ROOT))
        .filter(w -> !w.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
