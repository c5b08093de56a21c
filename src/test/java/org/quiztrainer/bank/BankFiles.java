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
    try {
      Files.writeString(dir.resolve("tiny.txt"), article);
      Files.writeString(dir.resolve("tiny.quiz.yaml"), yaml);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
