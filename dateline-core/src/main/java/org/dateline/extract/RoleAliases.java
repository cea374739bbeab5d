package org.dateline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/**
 * Adds to each person the role references the text makes to them: "the Russian premier" and
 * "Russia's PM" are aliases of Mikhail Mishustin when he is the one holder of that role in play. A
 * role that titles a name ("Prime Minister Mikhail Mishustin") is part of that name's mention, not
 * a reference of its own, and so is someone else's ("Truman's secretary"). Immutable and
 * thread-safe.
 */
final class RoleAliases {
  private static final Set<String> SUBORDINATE =
      Set.of("deputy", "assistant", "vice", "associate", "acting", "former", "ex", "lieutenant");

  private final Words words;
  private final Pattern phrase;

  RoleAliases(Words words) {
    this.words = words;
    String roles =
        Stream.concat(words.roles.stream(), words.roleSynonyms.keySet().stream())
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    // "the Russian premier", "Russia's PM", "China’s premier": a determiner or a possessive, at
    // most one qualifier, and the role, not followed by the name it titles
    this.phrase =
        Pattern.compile(
            "\\b(?:[Tt]he|(\\p{Lu}[\\p{L}.]*)(?:'s|’s))\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?(?i:("
                + roles
                + "))\\b(?!\\s+\\p{Lu}|['’]s)");
  }

  /**
   * Whether the person holds the role itself, not as a deputy's or an assistant's: "the sheriff" is
   * no alias of "Assistant Sheriff Doyle Campbell".
   */
  private boolean holdsItself(Entity person, String role) {
    for (String held : person.roles()) {
      String canonical = words.role(held);
      if (canonical.equals(role) || canonical.startsWith(role + " of ")) {
        return true; // "the secretary" of "Secretary of State Madeleine Albright"
      }
      if (role.equals("leader") && leads(canonical)) {
        return true; // "the Cuban leader" of "President Fidel Castro"
      }
      if (canonical.endsWith(" " + role)) {
        String before = canonical.substring(0, canonical.length() - role.length()).strip();
        String last = before.substring(before.lastIndexOf(' ') + 1);
        if (!SUBORDINATE.contains(last)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a role (perhaps qualified: "chinese president") leads a country. */
  private boolean leads(String role) {
    for (String leader : words.leaderRoles) {
      if (role.equals(leader) || role.endsWith(" " + leader)) {
        return true;
      }
    }
    return false;
  }

  /** The document's entities, each person with the role references the text makes to them. */
  List<Entity> apply(String text, Mentions mentions) {
    Map<Entity, Set<String>> found = new LinkedHashMap<>();
    Matcher m = phrase.matcher(text);
    while (m.find()) {
      String said = m.group().startsWith("The ") ? "the" + m.group().substring(3) : m.group();
      boolean someonesOwn = m.group(1) != null && mentions.byWord(m.group(1), m.start()) != null;
      Entity holder = someonesOwn ? null : mentions.holder(said);
      if (holder != null
          && holder.type() == EntityType.PERSON
          && holdsItself(holder, words.role(m.group(2)))) {
        found.computeIfAbsent(holder, k -> new LinkedHashSet<>()).add(said);
      }
    }
    List<Entity> out = new ArrayList<>();
    for (Entity e : mentions.entities()) {
      Set<String> more = found.get(e);
      if (more == null) {
        out.add(e);
        continue;
      }
      Set<String> aliases = new LinkedHashSet<>(e.aliases());
      aliases.addAll(more);
      out.add(new Entity(e.key(), e.name(), e.type(), List.copyOf(aliases), e.roles()));
    }
    return out;
  }
}
