package org.quiztrainer.exchange;

import java.util.List;
import org.quiztrainer.quiz.Question;

/**
 * A quiz as it travels in a file: its title, its article and its questions. Formats without an
 * article (GIFT and Moodle XML from elsewhere) give an empty article text.
 */
public record QuizFile(
    String title,
    String articleTitle,
    String source,
    String articleText,
    List<Question> questions) {

  public QuizFile {
    questions = List.copyOf(questions);
  }
}
