package org.quiztrainer.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionType;

/** The shipped question bank itself: valid, teacher-sized, and covering the three named facts. */
class SeedBankTest {
  private final QuestionBank.Contents bank =
      new QuestionBank(new BankFileParser()).read(Path.of("questions"));

  private BankQuiz seed() {
    return bank.quizzes().stream()
        .filter(q -> q.id().equals("belousov-pyongyang"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void every_shipped_file_is_valid() {
    assertThat(bank.errors()).isEmpty();
  }

  @Test
  void the_seed_article_is_kept_byte_for_byte() throws Exception {
    assertThat(seed().article().body())
        .isEqualTo(Files.readString(Path.of("questions/belousov-pyongyang.txt")));
    assertThat(seed().article().source()).isEqualTo("AP");
  }

  @Test
  void the_seed_quiz_has_at_least_twenty_questions_of_all_four_types() {
    assertThat(seed().questions()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(seed().questions()).extracting(Question::type).contains(QuestionType.values());
  }

  @Test
  void the_seed_quiz_asks_the_three_facts_the_product_is_known_for() {
    assertThat(seed().questions())
        .anySatisfy(
            q ->
                assertThat(q.answer())
                    .contains("Belousov")
                    .satisfies(a -> assertThat(q.prompt()).contains("Shoigu")))
        .anySatisfy(q -> assertThat(q.answer()).contains("10,000"))
        .anySatisfy(
            q ->
                assertThat(q.answer())
                    .contains(
                        "Complete support and solidarity with the fighting Russian army and people"));
  }

  @Test
  void every_question_has_an_explanation_and_exact_evidence() {
    String body = seed().article().body();
    for (Question q : seed().questions()) {
      assertThat(q.explanation()).isNotBlank();
      assertThat(body.substring(q.evidence().start(), q.evidence().end()))
          .isEqualTo(q.evidence().text());
    }
  }

  @Test
  void the_evidence_covers_every_paragraph_of_the_article() {
    String body = seed().article().body();
    int offset = 0;
    for (String paragraph : body.split("\n")) {
      int start = offset;
      int end = offset + paragraph.length();
      assertThat(seed().questions())
          .as("a question about: %s", paragraph)
          .anySatisfy(q -> assertThat(q.evidence().start()).isBetween(start, end));
      offset = end + 1;
    }
  }
}
