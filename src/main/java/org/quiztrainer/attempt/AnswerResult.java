package org.quiztrainer.attempt;

import org.quiztrainer.quiz.Question;

/** The outcome of answering: the grade, and the question version (key and evidence) behind it. */
public record AnswerResult(StoredAnswer answer, Question question) {}
