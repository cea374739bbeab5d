package org.dateline.cli.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * The report's entities across documents. An entity is known by its type and canonical name; a
 * document that only gives a bare name ("Mishustin") joins the one entity of the run whose full
 * name holds it, and stays apart when there are several (two people called Li). Grows with the
 * number of distinct entities, not with the number of documents.
 */
final class EntityRegistry {

  /** An entity of the whole run. */
  static final class Global {
    final String id;
    final String name;
    final EntityType type;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();

    Global(String id, String name, EntityType type) {
      this.id = id;
      this.name = name;
      this.type = type;
    }
  }

  private final Map<String, Global> byKey = new LinkedHashMap<>();
  private final Map<String, List<Global>> byToken = new HashMap<>();
  private final Map<EntityType, Integer> counters = new HashMap<>();

  /** Adds a document's entities; returns the run-wide id of each, by document key. */
  Map<String, String> add(List<Entity> entities) {
    Map<String, String> ids = new HashMap<>();
    for (Entity e : entities) {
      Global g = find(e);
      if (g == null) {
        int n = counters.merge(e.type(), 1, Integer::sum);
        g = new Global(e.type().idPrefix() + n, e.name(), e.type());
        byKey.put(key(e.type(), e.name()), g);
        for (String t : tokens(e.name())) {
          byToken.computeIfAbsent(e.type() + ":" + t, k -> new ArrayList<>()).add(g);
        }
      }
      if (!e.name().equals(g.name)) {
        g.aliases.add(e.name());
      }
      for (String a : e.aliases()) {
        if (!a.equals(g.name)) {
          g.aliases.add(a);
        }
      }
      g.roles.addAll(e.roles());
      ids.put(e.key(), g.id);
    }
    return ids;
  }

  Iterable<Global> all() {
    return byKey.values();
  }

  private @Nullable Global find(Entity e) {
    Global same = byKey.get(key(e.type(), e.name()));
    if (same != null || e.type() != EntityType.PERSON) {
      return same;
    }
    List<String> tokens = tokens(e.name());
    if (tokens.size() != 1) {
      return null;
    }
    List<Global> holders = byToken.getOrDefault(e.type() + ":" + tokens.get(0), List.of());
    List<Global> full = holders.stream().filter(g -> tokens(g.name).size() > 1).toList();
    return full.size() == 1 ? full.get(0) : null;
  }

  private static String key(EntityType type, String name) {
    return type + ":" + name.toLowerCase(Locale.ROOT);
  }

  private static List<String> tokens(String name) {
    return List.of(name.toLowerCase(Locale.ROOT).split("\\s+"));
  }
}
