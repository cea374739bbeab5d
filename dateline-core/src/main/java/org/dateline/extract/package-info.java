/**
 * The extract stage: entities and their aliases, quotations and their speakers, numeric facts.
 *
 * <p>Names come from a {@link org.dateline.extract.NameFinder}, a port that an NLP adapter
 * implements (Stanford CoreNLP in {@code dateline-nlp}); everything else here is rule-based and
 * ours: resolving aliases, titles and role nouns to one entity, pairing quotation marks,
 * attributing quotations through reporting verbs, pronouns and roles, and reading figures.
 */
@NullMarked
package org.dateline.extract;

import org.jspecify.annotations.NullMarked;
