package org.quiztrainer.attempt;

/** An answer as recorded: what was given, its grade, and the question version it was graded on. */
public record StoredAnswer(String questionId, long versionId, String given, boolean correct) {}
