package org.quiztrainer.authoring;

import org.quiztrainer.web.TeacherNav;

/** The form where a teacher pastes or uploads an article. */
public record NewArticlePage(
    TeacherNav nav, String title, String source, String text, String error) {}
