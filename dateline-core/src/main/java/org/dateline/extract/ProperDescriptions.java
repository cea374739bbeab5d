package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.model.Quote;
import org.jspecify.annotations.Nullable;

/**
 * A speaker's description that is itself a proper name the recogniser did not tag ("Citizens'
 * Election Watch, a coalition of civil society groups, said", "the Ridgemont Valley School District
 * said", "said Dr Supaporn "Nok" Wongsawat"): the text names that speaker, so the name is the
 * speaker and no description is kept, as a body named as the speaker is named. A title ("The Chief
 * Minister"), a role noun at the end ("Hospital Spokesman") and two names joined ("Zadan and
 * Meron") stay descriptions.
 */
final class ProperDescriptions {
  private final Words words;

  ProperDescriptions(Words words) {
    this.words = words;
  }

  /** The quotations, each whose description is a proper name given that name as its speaker. */
  List<Quote> apply(List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      String name =
          q.speaker() != null || q.description() == null || q.kind() == Quote.Kind.SCARE
              ? null
              : name(q.description());
      out.add(
          name == null ? q : new Quote(q.begin(), q.end(), q.text(), name, null, null, q.kind()));
    }
    return out;
  }

  /** The proper name a description is, without a leading "the" or a personal title; or null. */
  @Nullable String name(String description) {
    String[] w = description.trim().split("\\s+");
    int from = w[0].equalsIgnoreCase("the") ? 1 : 0;
    boolean personal =
        from < w.length && words.honorifics.contains(w[from].toLowerCase(Locale.ROOT));
    if (personal) {
      from++; // "Dr Supaporn": a person's name after her title
    }
    if (w.length - from < (personal ? 1 : 2)) {
      return null;
    }
    String last = w[w.length - 1].toLowerCase(Locale.ROOT);
    if (!capitalised(w[from]) || !capitalised(w[w.length - 1]) || words.speakerNoun(last)) {
      return null;
    }
    boolean joined = false;
    for (int i = from; i < w.length; i++) {
      String lower = w[i].toLowerCase(Locale.ROOT);
      if (!capitalised(w[i]) && !Clauses.NAME_CONNECTORS.contains(w[i])
          || capitalised(w[i]) && words.roles.contains(lower)) {
        return null;
      }
      joined |= w[i].equals("and") || w[i].equals("&");
    }
    // "Rail and Transport Workers' Federation" is one body; "Zadan and Meron" are two people
    if (joined && !words.institutionNouns.contains(last) && !words.endsBody(last)) {
      return null;
    }
    return String.join(" ", List.of(w).subList(from, w.length));
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }
}
