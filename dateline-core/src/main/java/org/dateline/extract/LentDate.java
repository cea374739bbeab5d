package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Extracts;
import org.dateline.model.Fact;
import org.dateline.model.Published;
import org.dateline.model.TimeMention;
import org.dateline.time.DocumentTimes;
import org.dateline.time.TemporalTagger;

/**
 * What a page's date decides, read again once the page's event has lent it a date: the values of
 * its time expressions, and the periods its figures take from them. The extract stage read both
 * before the cross-document stage dated the page. Instances are immutable and thread-safe.
 */
public final class LentDate {
  private final DocumentTimes times = new DocumentTimes(new TemporalTagger());

  /** An article dated by its event, read against that date; any other article as it is. */
  public Article apply(Article article) {
    if (article.published().basis() != Published.Basis.EVENT) {
      return article;
    }
    String text = article.text();
    List<TimeMention> when = times.read(text, article.published());
    Extracts x = article.extracts();
    List<Fact> facts = new ArrayList<>(x.facts().size());
    for (Fact f : x.facts()) {
      facts.add(withPeriod(text, f, when, x.facts()));
    }
    return article.withExtracts(new Extracts(x.entities(), x.quotes(), facts, when));
  }

  private static Fact withPeriod(String text, Fact f, List<TimeMention> when, List<Fact> all) {
    int begin = text.lastIndexOf(f.sentence(), f.begin());
    if (begin < 0) {
      return f;
    }
    int end = begin + f.sentence().length();
    List<TimeMention> inside = Extractor.within(when, 0, begin, end);
    List<int[]> figures =
        all.stream()
            .filter(o -> o.begin() >= begin && o.begin() < end)
            .map(o -> new int[] {o.begin() - begin, o.end() - begin})
            .toList();
    return f.withPeriod(
        FactPeriod.of(f.sentence(), inside, f.begin() - begin, f.end() - begin, figures));
  }
}
