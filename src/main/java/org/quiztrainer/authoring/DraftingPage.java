package org.quiztrainer.authoring;

import org.quiztrainer.web.TeacherNav;

/**
 * The page a teacher sees while the generator drafts their quiz: what it is doing now, refreshed
 * every few seconds until the draft is ready. {@code failed} when the generator gave up.
 */
public record DraftingPage(
    TeacherNav nav, String quizId, String title, String step, boolean failed) {
  static DraftingPage of(TeacherNav nav, Authoring.Draft draft, String step) {
    return new DraftingPage(
        nav, draft.quiz().id(), draft.quiz().title(), step, step.equals("failed"));
  }

  public String base() {
    return "/teach/quizzes/" + quizId;
  }
}
