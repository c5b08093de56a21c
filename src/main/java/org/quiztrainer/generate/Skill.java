package org.quiztrainer.generate;

/** What kind of fact a question checks; also the kind of its answer. */
public enum Skill {
  PERSON("person"),
  PLACE("place"),
  ORGANISATION("organisation"),
  NATIONALITY("nationality"),
  NUMBER("number"),
  DATE("date"),
  QUOTE("quote"),
  DESCRIPTION("description"),
  VOCABULARY("vocabulary"),
  EVENT("event"),
  ACTION("action");

  private final String wireName;

  Skill(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
