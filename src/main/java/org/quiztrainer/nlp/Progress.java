package org.quiztrainer.nlp;

/** Where a long analysis has got to, for a teacher watching a draft being made. */
@FunctionalInterface
public interface Progress {
  Progress NONE = step -> {};

  /** Called as each step starts, with a few words for a person ("Parsing 40 sentences"). */
  void step(String description);
}
