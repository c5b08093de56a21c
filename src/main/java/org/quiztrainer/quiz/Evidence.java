package org.quiztrainer.quiz;

/**
 * The span of the article that answers a question: {@code text} equals {@code body[start, end)}.
 */
public record Evidence(int start, int end, String text) {}
