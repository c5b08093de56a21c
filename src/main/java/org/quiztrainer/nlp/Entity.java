package org.quiztrainer.nlp;

/**
 * A named entity, date or number of one sentence: tokens {@code start} (inclusive) to {@code end}
 * (exclusive) of sentence {@code sentence}, with its fine-grained type (PERSON, COUNTRY, CITY,
 * NATIONALITY, TITLE, ORGANIZATION, DATE, NUMBER, MONEY, PERCENT, DURATION ...).
 */
public record Entity(
    int sentence, int start, int end, String type, String text, String normalized) {

  public boolean covers(int token) {
    return token >= start && token < end;
  }
}
