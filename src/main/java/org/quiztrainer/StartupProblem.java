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
      if (m.contains("orrupted")
          || m.contains("not a valid database")
          || m.contains("Unsupported database")) {
        return "the database file in QUIZ_DATA_DIR is damaged and was left as it is; restore the"
            + " latest backup (java -jar quiz-trainer.jar restore FILE, see the README)";
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
