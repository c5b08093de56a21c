package org.quiztrainer.authoring;

import org.quiztrainer.web.TeacherNav;

/** The form to import a quiz file. */
public record ImportPage(TeacherNav nav, String error) {}
