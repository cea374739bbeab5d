package org.dateline.corpus;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
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
 * Entities across documents. An entity is known by its type and canonical name; a document that
 * only gives a bare name ("Mishustin") joins the one entity whose full name holds it, and stays
 * apart when there are several (two people called Li). Grows with the number of distinct entities,
 * not with the number of documents. Not thread-safe.
 */
public final class EntityRegistry {

  /** An entity across documents, growing as documents name it. */
  public static final class Global {
    private final String id;
    private final String name;
    private final EntityType type;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final Set<String> roles = new LinkedHashSet<>();
    private int documents;

    private Global(String id, String name, EntityType type) {
      this.id = id;
      this.name = name;
      this.type = type;
    }

    public String id() {
      return id;
    }

    public String name() {
      return name;
    }

    public EntityType type() {
      return type;
    }

    /** Every other name the documents give it, in order of first use. */
    public List<String> aliases() {
      return List.copyOf(aliases);
    }

    /** Role nouns the documents give it, lower case. */
    public List<String> roles() {
      return List.copyOf(roles);
    }

    /** How many documents name it. */
    public int documents() {
      return documents;
    }
  }

  private final Map<String, Global> byKey = new LinkedHashMap<>();
  private final Map<String, List<Global>> byToken = new HashMap<>();
  private final Set<String> ids = new HashSet<>();
  private final Map<EntityType, Integer> counters = new HashMap<>();
  private final boolean byName;

  private EntityRegistry(boolean byName) {
    this.byName = byName;
  }

  /** Ids numbered per type in order of first mention ({@code p1}, {@code o2}), as in a report. */
  public static EntityRegistry numbered() {
    return new EntityRegistry(false);
  }

  /**
   * Ids made from the type and the name ({@code p-li-qiang}), so that an entity keeps its id when
   * the whole store is analysed again and its address can be bookmarked.
   */
  public static EntityRegistry named() {
    return new EntityRegistry(true);
  }

  /** Adds one document's entities; returns the registry's id of each, by the document's key. */
  public Map<String, String> add(List<Entity> entities) {
    Map<String, String> out = new HashMap<>();
    Set<Global> named = new HashSet<>();
    for (Entity e : entities) {
      Global g = find(e);
      if (g == null) {
        g = new Global(mint(e.type(), e.name()), e.name(), e.type());
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
      if (named.add(g)) {
        g.documents++;
      }
      out.put(e.key(), g.id);
    }
    return out;
  }

  /** Every entity, in order of first mention. */
  public Iterable<Global> all() {
    return byKey.values();
  }

  private String mint(EntityType type, String name) {
    if (!byName) {
      return type.idPrefix() + counters.merge(type, 1, Integer::sum);
    }
    String id = type.idPrefix() + "-" + slug(name);
    String candidate = id;
    for (int n = 2; !ids.add(candidate); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
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

  /** Lower-case ASCII words joined by hyphens; a name with no such letters is hashed. */
  static String slug(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (!plain.isEmpty()) {
      return plain.length() <= 60 ? plain : plain.substring(0, 60);
    }
    byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
    return "x" + HexFormat.of().formatHex(utf8, 0, Math.min(utf8.length, 12));
  }
}
