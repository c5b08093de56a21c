package org.quiztrainer.quiz;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question a quiz can hold, with the names used in files and in the JSON API. */
public enum QuestionType {
  MULTIPLE_CHOICE("multiple_choice"),
  TRUE_FALSE("true_false"),
  SHORT_ANSWER("short_answer"),
  NUMERIC("numeric");

  private final String wireName;

  QuestionType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public boolean hasChoices() {
    return this == MULTIPLE_CHOICE || this == TRUE_FALSE;
  }

  public static Optional<QuestionType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }
}
