package org.dateline.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.ContentKind;

/** Finds the charset a page declares: byte-order mark, container header, or in-document. */
final class CharsetSniffer {
  private static final int HEAD = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]{2,40})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9_.-]{2,40})");

  private CharsetSniffer() {}

  /** The byte-order mark's charset and length, if any. */
  static Optional<Bom> bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
    }
    return Optional.empty();
  }

  /** The charset named by the container, or by the document's own head. */
  static Optional<Charset> declared(String containerCharset, byte[] bytes, ContentKind kind) {
    Optional<Charset> fromContainer = lookup(containerCharset);
    if (fromContainer.isPresent() || kind != ContentKind.HTML) {
      return fromContainer;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
    Matcher meta = META_CHARSET.matcher(head);
    if (meta.find()) {
      return lookup(meta.group(1));
    }
    Matcher xml = XML_ENCODING.matcher(head);
    return xml.find() ? lookup(xml.group(1)) : Optional.empty();
  }

  private static Optional<Charset> lookup(String name) {
    if (name.isBlank()) {
      return Optional.empty();
    }
    try {
      Charset charset = Charset.forName(name.strip().toLowerCase(Locale.ROOT));
      // Browsers read a declared Latin-1 as windows-1252; so do we.
      return Optional.of(
          charset.equals(StandardCharsets.ISO_8859_1) ? Charset.forName("windows-1252") : charset);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A byte-order mark. */
  record Bom(Charset charset, int length) {}
}
