package org.quiztrainer.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quiztrainer.bank.BankFileParser;
import org.quiztrainer.bank.BankQuiz;
import org.quiztrainer.quiz.Question;

/** Export, import, and the quiz is the same: for every format, on the whole seed quiz. */
class RoundTripTest {
  static final BankQuiz SEED =
      new BankFileParser().parse(Path.of("questions", "belousov-pyongyang.quiz.yaml"));

  static QuizFile seedFile() {
    return new QuizFile(
        SEED.title(),
        SEED.article().title(),
        SEED.article().source(),
        SEED.article().body(),
        SEED.questions());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void the_seed_quiz_survives_export_and_import_unchanged(Format format) {
    QuizFile original = seedFile();
    QuizFile back = format.read(format.write(original));
    assertThat(back.title()).isEqualTo(original.title());
    assertThat(back.articleTitle()).isEqualTo(original.articleTitle());
    assertThat(back.source()).isEqualTo(original.source());
    assertThat(back.articleText()).isEqualTo(original.articleText());
    assertThat(comparable(back.questions())).isEqualTo(comparable(original.questions()));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void exporting_the_imported_file_gives_the_same_file(Format format) {
    String once = format.write(seedFile());
    assertThat(format.write(format.read(once))).isEqualTo(once);
  }

  @org.junit.jupiter.api.Test
  void no_gift_question_holds_a_blank_line_which_would_end_it_early_in_moodle() {
    for (String block : Format.GIFT.write(seedFile()).split("\n\\s*\n")) {
      long open = block.chars().filter(c -> c == '{').count();
      long close = block.chars().filter(c -> c == '}').count();
      assertThat(open).as(block).isEqualTo(close);
    }
  }

  /**
   * Everything but the stored version id; numeric answers compare as the plain numbers GIFT and
   * Moodle hold.
   */
  static List<List<Object>> comparable(List<Question> questions) {
    return questions.stream()
        .map(
            q ->
                List.<Object>of(
                    q.id(),
                    q.type(),
                    q.prompt(),
                    q.choices(),
                    q.type() == org.quiztrainer.quiz.QuestionType.NUMERIC
                        ? q.answer().replace(",", "")
                        : q.answer(),
                    q.type() == org.quiztrainer.quiz.QuestionType.NUMERIC
                        ? List.of()
                        : q.acceptedAnswers(),
                    q.tolerance(),
                    q.explanation(),
                    q.evidence()))
        .toList();
  }
}
