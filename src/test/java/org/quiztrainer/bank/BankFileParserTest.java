package org.quiztrainer.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.quiz.QuestionType;

class BankFileParserTest {
  private final BankFileParser parser = new BankFileParser();
  @TempDir Path dir;

  private BankQuiz parse(String yaml) {
    return parser.parse(BankFiles.folder(dir, yaml).resolve("tiny.quiz.yaml"));
  }

  private void assertProblem(String yaml, String... fragments) {
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(BankException.class)
        .message()
        .startsWith("tiny.quiz.yaml")
        .contains(fragments);
  }

  @Test
  void a_valid_file_gives_its_quiz_with_evidence_offsets_found_from_the_quote() {
    BankQuiz quiz = parse(BankFiles.quiz(""));
    assertThat(quiz.id()).isEqualTo("tiny");
    assertThat(quiz.published()).isTrue();
    assertThat(quiz.article().title()).isEqualTo("A tiny quiz");
    assertThat(quiz.questions())
        .extracting(q -> q.type())
        .containsExactly(
            QuestionType.SHORT_ANSWER,
            QuestionType.NUMERIC,
            QuestionType.MULTIPLE_CHOICE,
            QuestionType.TRUE_FALSE);
    var evidence = quiz.questions().get(1).evidence();
    assertThat(BankFiles.ARTICLE.substring(evidence.start(), evidence.end()))
        .isEqualTo("more than 10,000 soldiers");
  }

  @Test
  void invalid_yaml_is_reported_with_its_line() {
    assertProblem("id: tiny\ntitle: [unclosed\n", "not valid YAML", "line");
  }

  @Test
  void an_empty_file_is_reported() {
    assertProblem("", "empty");
  }

  @Test
  void a_misspelt_field_is_reported_by_name() {
    assertProblem(
        BankFiles.quiz("    acceptedAnswer: [x]\n"),
        "question 4 (id 'sent')",
        "unknown field 'acceptedAnswer'");
  }

  @Test
  void evidence_that_is_not_in_the_article_is_reported() {
    assertProblem(
        BankFiles.quiz(
            """
              - id: bad
                type: short_answer
                prompt: Where?
                answer: Seoul
                explanation: x
                evidence: in Seoul
            """),
        "question 5 (id 'bad')",
        "is not in the article text");
  }

  @Test
  void evidence_at_a_wrong_offset_is_reported() {
    assertProblem(
        BankFiles.quiz(
            """
              - id: bad
                type: short_answer
                prompt: Who?
                answer: Belousov
                explanation: x
                evidence: {text: Belousov, start: 5}
            """),
        "not at offset 5");
  }

  @Test
  void a_multiple_choice_answer_must_be_one_of_the_choices() {
    assertProblem(
        BankFiles.quiz(
            """
              - id: bad
                type: multiple_choice
                prompt: When?
                choices: [May, June]
                answer: July
                explanation: x
                evidence: in May
            """),
        "'answer' must be exactly one of the 'choices'");
  }

  @Test
  void duplicate_question_ids_are_reported() {
    assertProblem(
        BankFiles.quiz(
            """
              - id: who
                type: true_false
                prompt: Again?
                answer: true
                explanation: x
                evidence: in May
            """),
        "two questions have the id 'who'");
  }

  @Test
  void unknown_types_and_non_numeric_numbers_are_reported() {
    assertProblem(
        BankFiles.quiz(
            """
              - id: essay
                type: essay
                prompt: Discuss.
                answer: x
                explanation: x
                evidence: in May
            """),
        "unknown type 'essay'");
    assertProblem(
        BankFiles.quiz(
            """
              - id: num
                type: numeric
                prompt: How many?
                answer: lots
                explanation: x
                evidence: in May
            """),
        "must be a number");
  }

  @Test
  void a_missing_or_binary_article_is_reported() throws Exception {
    String yaml = BankFiles.quiz("");
    BankFiles.folder(dir, yaml);
    Files.delete(dir.resolve("tiny.txt"));
    assertThatThrownBy(() -> parser.parse(dir.resolve("tiny.quiz.yaml")))
        .hasMessageContaining("'tiny.txt' is not in");
    Files.write(dir.resolve("tiny.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    assertThatThrownBy(() -> parser.parse(dir.resolve("tiny.quiz.yaml")))
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void an_article_outside_the_folder_is_refused() {
    assertProblem(
        BankFiles.quiz("").replace("file: tiny.txt", "file: ../../etc/passwd"), "is not in");
  }
}
