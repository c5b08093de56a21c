package org.quiztrainer.nlp;

/**
 * What a mention refers to, as coreference found it: the best name the article gives the entity
 * ("Kim Jong-un" for "he") and its entity type, or "O" when the name is not a named entity.
 */
public record Referent(String name, String type) {}
