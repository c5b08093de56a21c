package org.quiztrainer.nlp;

import java.util.List;

/** What a dictionary says a word can mean: its senses, most used first. */
public interface Lexicon {
  /**
   * One meaning of a word: its definition, examples of use, how often it is met, and the kind of
   * meaning it is (WordNet's lexicographer file: "noun.act", "noun.artifact", "verb.motion" …).
   */
  record Sense(String gloss, List<String> examples, int uses, String kind) {}

  /** The senses of {@code lemma} used as the part of speech {@code pennTag}, or none. */
  List<Sense> senses(String lemma, String pennTag);

  Lexicon NONE = (lemma, tag) -> List.of();
}
