package org.quiztrainer.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small question-bank folders for tests. */
final class BankFiles {
  static final String ARTICLE =
      "Belousov replaced Shoigu in May.\nNorth Korea sent more than 10,000 soldiers.";

  private BankFiles() {}

  static Path folder(Path dir, String yaml) {
    return folder(dir, yaml, ARTICLE);
  }

  static Path folder(Path dir, String yaml, String article) {
    folderWithoutCompanion(dir, yaml, article);
    companion(dir, article);
    return dir;
  }

  /** A bank folder whose quiz has no generated companion yet: loading it makes one. */
  static Path folderWithoutCompanion(Path dir, String yaml, String article) {
    try {
      Files.writeString(dir.resolve("tiny.txt"), article);
      Files.writeString(dir.resolve("tiny.quiz.yaml"), yaml);
      Files.deleteIfExists(dir.resolve("tiny.generated.json"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A current companion file for the article, with one true/false question on its first line, as
   * the companions command would ship one: the tests of loading need no language models.
   */
  static void companion(Path dir, String article) {
    String first = article.lines().findFirst().orElse(article).strip();
    int start = article.indexOf(first);
    org.quiztrainer.quiz.Question q =
        new org.quiztrainer.quiz.Question(
            "g-first",
            org.quiztrainer.quiz.QuestionType.TRUE_FALSE,
            "True or false: " + first,
            java.util.List.of("true", "false"),
            "true",
            java.util.List.of(),
            0,
            org.quiztrainer.drafts.Drafter.EXPLANATION,
            new org.quiztrainer.quiz.Evidence(start, start + first.length(), first),
            0);
    CompanionFile.write(
        dir.resolve("tiny.generated.json"),
        org.quiztrainer.drafts.Drafter.sha256(article),
        java.util.List.of(
            new org.quiztrainer.drafts.Drafter.Drafted(
                q, new org.quiztrainer.drafts.Note("details", java.util.List.of("a test")))));
  }

  /**
   * A valid quiz with one question of each type; {@code extra} is appended to the question list.
   */
  static String quiz(String extra) {
    return """
        id: tiny
        title: A tiny quiz
        article:
          file: tiny.txt
          source: Test
        questions:
          - id: who
            type: short_answer
            prompt: Who replaced Shoigu?
            answer: Belousov
            explanation: It says so.
            evidence: Belousov replaced Shoigu
          - id: how-many
            type: numeric
            prompt: More than how many soldiers?
            answer: "10,000"
            explanation: It says so.
            evidence: more than 10,000 soldiers
          - id: month
            type: multiple_choice
            prompt: When?
            choices: [May, June]
            answer: May
            explanation: It says so.
            evidence: in May
          - id: sent
            type: true_false
            prompt: North Korea sent soldiers.
            answer: true
            explanation: It says so.
            evidence: North Korea sent
        """
        + extra;
  }
}
