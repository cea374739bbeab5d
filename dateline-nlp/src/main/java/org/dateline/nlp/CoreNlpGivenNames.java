package org.dateline.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.bundled.Bundled;
import org.dateline.extract.GivenNames;

/**
 * The given names CoreNLP's models jar lists as women's or men's (the name-gender list its
 * deterministic coreference reads, about 14,600 names of many languages, "lucie" and "marc" among
 * them). A name listed under both is left out of both.
 */
final class CoreNlpGivenNames {
  static final String LIST = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  private CoreNlpGivenNames() {}

  /** The list, read from the class path. */
  static GivenNames load() {
    return parse(Bundled.lines(CoreNlpGivenNames.class, LIST));
  }

  /** The names of lines "name TAB FEMALE" or "name TAB MALE"; other lines are skipped. */
  static GivenNames parse(List<String> lines) {
    Set<String> female = new HashSet<>();
    Set<String> male = new HashSet<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length == 2) {
        String name = f[0].strip().toLowerCase(Locale.ROOT);
        if (f[1].strip().equals("FEMALE")) {
          female.add(name);
        } else if (f[1].strip().equals("MALE")) {
          male.add(name);
        }
      }
    }
    Set<String> both = new HashSet<>(female);
    both.retainAll(male);
    female.removeAll(both);
    male.removeAll(both);
    return new GivenNames(female, male);
  }
}
