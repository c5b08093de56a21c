package org.quiztrainer.testing;

import org.quiztrainer.bank.GeneratedCompanion;
import org.quiztrainer.generate.LanguageModels;
import org.quiztrainer.generate.QuestionGenerator;

/** One generator for every test that needs one: its models are immutable, so sharing is safe. */
public final class TestGenerator {
  public static final QuestionGenerator GENERATOR = new QuestionGenerator(LanguageModels.load());

  private TestGenerator() {}

  public static GeneratedCompanion companion() {
    return new GeneratedCompanion(GENERATOR);
  }
}
