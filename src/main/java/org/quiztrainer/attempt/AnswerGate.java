package org.quiztrainer.attempt;

import org.jdbi.v3.core.Handle;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.Quiz;

/**
 * Rules an attempt's answers must keep beyond the quiz's own, as a live session's pacing: which
 * question is open and until when. Called inside the answer's transaction.
 */
public interface AnswerGate {
  /** No rules: a quiz taken alone. */
  AnswerGate OPEN = (h, attempt, quiz, question) -> Admission.NONE;

  /**
   * Lets a new answer in, or throws a {@link org.quiztrainer.Problem} saying why not now. The
   * admission it returns says what the answer is worth once graded.
   */
  Admission admit(Handle h, Attempt attempt, Quiz quiz, Question question);

  /** After the answer's transaction commits, as to tell a teacher's screen. */
  default void committed(Attempt attempt, AnswerResult result) {}

  /** What an admitted answer is worth, stored with it. */
  interface Admission {
    Admission NONE = correct -> 0;

    int points(boolean correct);
  }
}
