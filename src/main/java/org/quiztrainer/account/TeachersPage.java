package org.quiztrainer.account;

import java.util.List;
import org.quiztrainer.web.TeacherNav;

/** The admin's list of teacher accounts and the form to add one. */
public record TeachersPage(
    TeacherNav nav,
    List<Teacher> teachers,
    String email,
    String name,
    String error,
    String created) {}
