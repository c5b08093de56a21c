package org.quiztrainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.generate.LanguageModels;
import org.quiztrainer.generate.QuestionGenerator;

/** The dev-data measure, and the generator's figure on it (printed for the record). */
class AnswerCoverageTest {

  @Test
  void matching_follows_the_dev_data_readme() {
    assertThat(AnswerCoverage.covered(List.of("Belousov"), List.of("Andrei Belousov"))).isTrue();
    assertThat(AnswerCoverage.covered(List.of("The Hong Kong"), List.of("The"))).isFalse();
    assertThat(AnswerCoverage.covered(List.of("10,000"), List.of("10000"))).isTrue();
    assertThat(AnswerCoverage.covered(List.of("Russia’s army"), List.of("russia's army"))).isTrue();
    assertThat(AnswerCoverage.covered(List.of("a b c d e"), List.of("a"))).isFalse();
  }

  @Test
  void token_f1_is_computed_as_in_squad() {
    assertThat(AnswerCoverage.f1(List.of("a", "b"), List.of("a", "b"))).isEqualTo(1.0);
    assertThat(AnswerCoverage.f1(List.of("a", "b"), List.of("a"))).isEqualTo(2.0 / 3);
    assertThat(AnswerCoverage.f1(List.of("a"), List.of("b"))).isZero();
  }

  @Test
  void the_generator_covers_at_least_half_of_the_human_questions_in_the_dev_data()
      throws Exception {
    var result =
        EvaluateCommand.evaluate(
            Path.of("src/test/resources/dev-data/squad-dev-sample.json"),
            new QuestionGenerator(LanguageModels.load()),
            null);
    System.out.printf(
        "Dev-data answer coverage: %d/%d = %.3f%n",
        result.covered(), result.total(), result.coverage());
    assertThat(result.total()).isEqualTo(289);
    assertThat(result.coverage()).isGreaterThanOrEqualTo(0.5);
  }
}
