package org.quiztrainer.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the language analysis found in an article: its paragraphs and sentences with tokens
 * and parses, named entities, what pronouns and descriptions refer to, and quotations. Offsets are
 * into {@link #text()}, the article exactly as given. {@code date} is the article's own date when
 * it has a dateline; relative dates ("yesterday") were normalised against it.
 */
public record Analysis(
    String text,
    List<Paragraph> paragraphs,
    List<Sentence> sentences,
    List<Entity> entities,
    Coreference coreference,
    List<Quote> quotes,
    Optional<LocalDate> date) {

  public Analysis {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
  }

  /** The entities of one sentence, in order. */
  public List<Entity> entitiesIn(int sentence) {
    return entities.stream().filter(e -> e.sentence() == sentence).toList();
  }

  /** The entity that covers a token, if any. */
  public Optional<Entity> entityAt(int sentence, int token) {
    return entities.stream().filter(e -> e.sentence() == sentence && e.covers(token)).findFirst();
  }
}
