package org.quiztrainer.db;

import java.sql.SQLException;

/** Recognises a primary-key or unique clash, which H2 and PostgreSQL both report as 23505. */
public final class UniqueViolation {
  private UniqueViolation() {}

  public static boolean is(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
