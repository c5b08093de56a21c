package org.quiztrainer.authoring;

import java.util.List;
import org.quiztrainer.web.TeacherNav;

/** A teacher's quizzes, newest first. */
public record DashboardPage(TeacherNav nav, List<AuthoringDao.Line> quizzes, boolean admin) {}
