package org.quiztrainer.account;

import org.quiztrainer.web.TeacherNav;

/** The change-password form. */
public record PasswordPage(TeacherNav nav, String error, boolean changed) {}
