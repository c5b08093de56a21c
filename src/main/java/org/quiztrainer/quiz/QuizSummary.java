package org.quiztrainer.quiz;

/** A line in the list of quizzes. */
public record QuizSummary(String id, String title, String articleSource, int questionCount) {}
