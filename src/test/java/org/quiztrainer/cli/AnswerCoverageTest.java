package org.quiztrainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.testing.StoredAnalyses;

/** The dev-data measure, and the generator's figures on it (printed for the record). */
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

  /**
   * A floor against losing ground, not the goal: issue 13 aims at 0.65, which this generator does
   * not reach yet (see docs/generator-review.md for the figures). It runs on CoreNLP's stored
   * analyses of the dev paragraphs, so it checks the generator in seconds; the models' own run is
   * {@code evaluate} on the jar.
   */
  @Test
  void the_generator_keeps_its_coverage_and_few_fill_in_the_blanks_on_the_dev_data()
      throws Exception {
    QuestionGenerator generator =
        new QuestionGenerator(
            StoredAnalyses.analyzer(StoredAnalyses.read("/dev-data/squad-dev-analysis.txt")));
    var result =
        EvaluateCommand.evaluate(
            Squad.read(Path.of("src/test/resources/dev-data/squad-dev-sample.json")),
            generator,
            null);
    EvaluateCommand.print(result, System.out);
    assertThat(result.total()).isEqualTo(289);
    assertThat(result.coverage()).isGreaterThanOrEqualTo(0.42);
    assertThat(result.clozeShare()).isLessThanOrEqualTo(0.2);
  }

  @Test
  void a_prompt_copies_a_sentence_when_it_repeats_four_fifths_of_it_word_for_word() {
    assertThat(EvaluateCommand.longestRun(List.of("a", "b", "c", "x"), List.of("z", "a", "b", "c")))
        .isEqualTo(3);
    assertThat(EvaluateCommand.longestRun(List.of("a"), List.of("b"))).isZero();
  }
}
