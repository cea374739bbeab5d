package org.dateline.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Loads the clean stage's word lists and hints from its resource folder. */
final class Settings {
  private Settings() {}

  /** The properties file {@code name} beside this class; a missing file is a packaging bug. */
  static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = Settings.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/dateline/clean/" + name);
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
