package org.quiztrainer.attempt;

import java.util.List;
import java.util.Optional;
import org.quiztrainer.quiz.Quiz;

/** An attempt with its quiz as it is now and every answer given so far. */
public record AttemptReport(Attempt attempt, Quiz quiz, List<AnswerResult> answers) {

  public AttemptReport {
    answers = List.copyOf(answers);
  }

  /** Correct answers among the quiz's current questions. */
  public int score() {
    return (int)
        answers.stream()
            .filter(a -> a.answer().correct() && quiz.question(a.answer().questionId()).isPresent())
            .count();
  }

  public int total() {
    return quiz.questions().size();
  }

  public Optional<AnswerResult> answerTo(String questionId) {
    return answers.stream().filter(a -> a.answer().questionId().equals(questionId)).findFirst();
  }

  /** The first current question not yet answered, if any. */
  public Optional<org.quiztrainer.quiz.Question> nextQuestion() {
    return quiz.questions().stream().filter(q -> answerTo(q.id()).isEmpty()).findFirst();
  }

  public boolean finished() {
    return nextQuestion().isEmpty();
  }
}
