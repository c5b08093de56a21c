package org.quiztrainer.quiz;

/** A source text. {@code body} is kept exactly as given, since evidence offsets index into it. */
public record Article(String id, String title, String source, String body) {}
