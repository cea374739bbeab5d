package org.dateline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dateline.ingest.IngestItem;
import org.dateline.model.Provenance;
import org.dateline.model.RawPage;
import org.dateline.model.Rejection;

/**
 * A page's identity: the SHA-256 of where it was read and of its bytes. Reading the same file again
 * gives the same key, so a second run skips it; a changed file gives a new key. A file that could
 * not be read is keyed by where it was and why it failed.
 */
public final class PageKey {
  private PageKey() {}

  public static String of(IngestItem item) {
    if (item instanceof IngestItem.Page page) {
      return of(page.page());
    }
    Rejection r = ((IngestItem.Failed) item).rejection();
    return hash(r.provenance(), (r.reason() + "\0" + r.message()).getBytes(StandardCharsets.UTF_8));
  }

  public static String of(RawPage page) {
    return hash(page.provenance(), page.bytes());
  }

  private static String hash(Provenance provenance, byte[] content) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(provenance.toString().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(content);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
