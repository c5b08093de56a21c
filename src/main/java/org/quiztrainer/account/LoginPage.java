package org.quiztrainer.account;

/** The sign-in form; {@code next} is where to go after signing in. */
public record LoginPage(String csrf, String email, String next, String error) {}
