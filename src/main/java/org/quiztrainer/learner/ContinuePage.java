package org.quiztrainer.learner;

/** The form to carry on in this browser with a recovery code from another. */
public record ContinuePage(String code, String csrf, String error) {}
