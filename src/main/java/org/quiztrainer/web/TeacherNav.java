package org.quiztrainer.web;

/** The signed-in teacher's links in the page header; the sign-out form needs the CSRF token. */
public record TeacherNav(String name, boolean admin, String csrf) {}
