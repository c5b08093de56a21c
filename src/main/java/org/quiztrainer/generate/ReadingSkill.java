package org.quiztrainer.generate;

import java.util.Optional;

/**
 * The reading skill a question practises, as a learner's progress page groups them: finding people,
 * places, numbers, dates and quotes, reading vocabulary in context, following cause and effect, and
 * getting the main idea. {@link #DETAILS} is any other fact the text states.
 */
public enum ReadingSkill {
  PEOPLE("people", "People"),
  PLACES("places", "Places"),
  NUMBERS("numbers", "Numbers"),
  DATES("dates", "Dates and times"),
  QUOTES("quotes", "Quotes"),
  VOCABULARY("vocabulary", "Vocabulary in context"),
  CAUSE_EFFECT("cause_effect", "Cause and effect"),
  MAIN_IDEA("main_idea", "Main idea"),
  DETAILS("details", "Other details");

  private final String wireName;
  private final String label;

  ReadingSkill(String wireName, String label) {
    this.wireName = wireName;
    this.label = label;
  }

  public String wireName() {
    return wireName;
  }

  public String label() {
    return label;
  }

  public static Optional<ReadingSkill> fromWireName(String name) {
    for (ReadingSkill s : values()) {
      if (s.wireName.equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
