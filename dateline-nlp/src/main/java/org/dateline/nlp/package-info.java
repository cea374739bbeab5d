/**
 * NLP adapters behind the core's small ports: Stanford CoreNLP's tokenizer, sentence splitter and
 * 4-class CRF name tagger as a {@link org.dateline.extract.NameFinder}. Nothing outside this
 * package imports CoreNLP.
 */
@NullMarked
package org.dateline.nlp;

import org.jspecify.annotations.NullMarked;
