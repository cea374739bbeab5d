package org.dateline.bundled;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads a resource bundled beside a class. A missing or unreadable resource is a packaging bug, so
 * it fails at once with the resource's full name rather than returning something empty.
 */
public final class Bundled {
  private Bundled() {}

  /** The stripped lines of a word list, leaving out blank lines and {@code #} comments. */
  public static List<String> lines(Class<?> owner, String name) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(open(owner, name), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fullName(owner, name), e);
    }
    return out;
  }

  /** A properties file. */
  public static Properties properties(Class<?> owner, String name) {
    Properties p = new Properties();
    try (InputStream in = open(owner, name)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fullName(owner, name), e);
    }
    return p;
  }

  /** The comma-separated entries of one key of a properties file, stripped, without empty ones. */
  public static List<String> entries(Properties p, String key) {
    List<String> out = new ArrayList<>();
    for (String entry : p.getProperty(key, "").split(",")) {
      String t = entry.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static InputStream open(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + fullName(owner, name));
    }
    return in;
  }

  private static String fullName(Class<?> owner, String name) {
    return owner.getPackageName().replace('.', '/') + "/" + name;
  }
}
