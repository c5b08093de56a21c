package org.quiztrainer.generate;

/** The rule that built a question; a feature of the ranker and a word in its explanation. */
enum Kind {
  SUBJECT("a who/what question about the subject"),
  OBJECT("a question about the object, with the verb phrase turned round"),
  PLACE("a where question"),
  TIME("a when question"),
  HOW_MANY("a how-many question"),
  AGENT("a question about who did it"),
  QUOTE_SPEAKER("a question about who said it"),
  QUOTE_CONTENT("a question about what someone said"),
  CAUSE("a why question"),
  MANNER("a question about how something was done"),
  DEFINITION("a question about who or what someone or something is"),
  IN_SITU("a question that asks for a phrase where it stands"),
  MAIN_IDEA("a main-idea question"),
  VOCABULARY("a vocabulary-in-context question"),
  TRUE_FALSE("a true/false statement"),
  CLOZE("a fill-in-the-blank");

  private final String description;

  Kind(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }
}
