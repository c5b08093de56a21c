package org.quiztrainer.live;

/** The form where a student types the join code and a nickname. */
public record JoinPage(String csrf, String code, String name, String error) {}
