package org.dateline.store.lucene;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;
import org.dateline.store.SearchIndex;
import org.jspecify.annotations.Nullable;

/**
 * What a search hit shows (id, title, outlet, date, snippet), kept in one binary doc value per
 * document. Reading twenty hits then costs twenty small random reads, where stored fields would
 * decompress a whole block for each.
 */
final class HitValues {
  static final String FIELD = "hit_dv";
  private static final int MAX_TITLE = 1_000;

  private HitValues() {}

  static BinaryDocValuesField field(
      String id,
      @Nullable String title,
      @Nullable String outlet,
      @Nullable String published,
      String snippet) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(id);
      writeNullable(
          out,
          title == null || title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE));
      writeNullable(out, outlet);
      writeNullable(out, published);
      out.writeUTF(snippet);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BinaryDocValuesField(FIELD, new BytesRef(bytes.toByteArray()));
  }

  /** The hit of a top-level document id. */
  static SearchIndex.Hit read(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = DocValues.getBinary(leaf.reader(), FIELD);
    if (!values.advanceExact(doc - leaf.docBase)) {
      throw new IOException("document " + doc + " has no hit values: rebuild the index");
    }
    BytesRef b = values.binaryValue();
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(b.bytes, b.offset, b.length))) {
      return new SearchIndex.Hit(
          in.readUTF(), readNullable(in), readNullable(in), readNullable(in), in.readUTF());
    }
  }

  private static void writeNullable(DataOutputStream out, @Nullable String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  private static @Nullable String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
