package org.quiztrainer;

/** Turns a start-up failure into one sentence a teacher can act on. */
final class StartupProblem {
  private StartupProblem() {}

  static String explain(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Database may be already in use") || m.contains("locked by another process")) {
        return "the data folder is in use by another running Quiz Trainer; stop that one first";
      }
      if (t instanceof IllegalArgumentException) {
        return m;
      }
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
