package org.dateline.copies;

/**
 * A sentence of article a aligned with one of article b.
 *
 * @param a index of the sentence in a's sentences
 * @param b index of the sentence in b's sentences
 * @param similarity word Jaccard similarity of the normalised sentences, 1 for identical
 */
public record SharedSentence(int a, int b, double similarity) {}
