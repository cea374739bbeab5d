package org.dateline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

class EntityRegistryTest {

  private static Entity person(String key, String name, String... aliases) {
    return new Entity(key, name, EntityType.PERSON, List.of(aliases), List.of());
  }

  @Test
  void bareSurnameJoinsTheOneFullNameAndNamesakesStayApart() {
    EntityRegistry registry = EntityRegistry.named();
    Map<String, String> first =
        registry.add(
            List.of(person("p1", "Anneke Vos", "Vos", "Ms Vos"), person("p2", "Joran Li")));
    Map<String, String> second = registry.add(List.of(person("p1", "Vos")));
    registry.add(List.of(person("p1", "Mei Li")));
    Map<String, String> third = registry.add(List.of(person("p1", "Li")));

    assertThat(first).containsEntry("p1", "p-anneke-vos").containsEntry("p2", "p-joran-li");
    assertThat(second).containsEntry("p1", "p-anneke-vos");
    // Two people called Li are in play: the bare name joins neither.
    assertThat(third.get("p1")).isEqualTo("p-li");
    List<EntityRegistry.Global> all = new ArrayList<>();
    registry.all().forEach(all::add);
    EntityRegistry.Global vos = all.get(0);
    assertThat(vos.aliases()).containsExactly("Vos", "Ms Vos");
    assertThat(vos.documents()).isEqualTo(2);
  }

  @Test
  void numberedIdsCountPerTypeAndNamedIdsStayUnique() {
    EntityRegistry numbered = EntityRegistry.numbered();
    Map<String, String> ids =
        numbered.add(
            List.of(
                person("a", "Anneke Vos"),
                new Entity("b", "Valmora", EntityType.LOCATION, List.of(), List.of()),
                person("c", "Joran Li")));
    assertThat(ids).containsEntry("a", "p1").containsEntry("b", "l1").containsEntry("c", "p2");

    EntityRegistry named = EntityRegistry.named();
    Map<String, String> clash =
        named.add(List.of(person("a", "Jean-Luc Marre"), person("b", "Jean Luc Marre")));
    assertThat(clash)
        .containsEntry("a", "p-jean-luc-marre")
        .containsEntry("b", "p-jean-luc-marre-2");
    assertThat(EntityRegistry.slug("Zoë Ångström")).isEqualTo("zoe-angstrom");
    assertThat(EntityRegistry.slug("李强")).startsWith("x").hasSize(13);
  }
}
