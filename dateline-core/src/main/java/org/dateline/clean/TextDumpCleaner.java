package org.dateline.clean;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Extraction;
import org.dateline.model.Removal;

/**
 * Cleans a plain-text page dump, as a crawler saves it: classifies each line as title, outlet,
 * byline, body, caption or boilerplate by its features (see {@link DumpClassifier}), rejoins a
 * sentence that a stripped hyperlink broke across lines, and keeps every removed line with the
 * reason it went. Linear in the size of the text; never throws for any input.
 */
public final class TextDumpCleaner {
  private final DumpClassifier classifier;
  private final DumpSignoffs signoffs;

  public TextDumpCleaner() {
    this.classifier = new DumpClassifier(DumpCues.DEFAULT);
    this.signoffs = new DumpSignoffs(DumpCues.DEFAULT);
  }

  public Extraction clean(String text) {
    List<Removal> removed = new ArrayList<>();
    List<DumpLine> lines = signoffs.strip(DumpLines.split(text), removed);
    DumpClassifier.Classified classified = classifier.classify(lines);
    String title = null;
    String outlet = null;
    List<String> authors = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).text();
      switch (classified.roles()[i]) {
        case TITLE -> title = title == null ? line : title;
        case OUTLET -> outlet = outlet == null ? line : outlet;
        case AUTHOR -> authors.add(line.startsWith("By ") ? line.substring(3) : line);
        case BODY -> paragraphs.add(line);
        case CAPTION -> captions.add(line);
        case BOILERPLATE -> removed.add(new Removal(line, classified.why()[i]));
      }
    }
    return new Extraction(title, outlet, authors, null, paragraphs, captions, removed);
  }
}
