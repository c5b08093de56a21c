package org.quiztrainer.web;

/** A friendly page for a request that could not be served. */
public record ErrorPage(int status, String title, String message) {}
