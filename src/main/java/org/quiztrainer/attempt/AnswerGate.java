package org.quiztrainer.attempt;

import org.jdbi.v3.core.Handle;
import org.quiztrainer.quiz.Question;

/**
 * Rules an attempt's answers must keep beyond the quiz's own, as a live session's pacing: which
 * question is open and until when. Called inside the answer's transaction.
 */
public interface AnswerGate {
  /** No rules: a quiz taken alone. */
  AnswerGate OPEN = new AnswerGate() {};

  /** Throws a {@link org.quiztrainer.Problem} if this attempt may not answer this now. */
  default void check(Handle h, Attempt attempt, Question question) {}

  /** After a new answer is stored, in the same transaction, as to award points. */
  default void stored(Handle h, Attempt attempt, StoredAnswer answer) {}

  /** After the answer's transaction commits, as to tell a teacher's screen. */
  default void committed(Attempt attempt, AnswerResult result) {}
}
