package org.quiztrainer.system;

import io.javalin.http.Context;
import java.util.Map;
import org.quiztrainer.db.Database;

/** GET /health: 200 while the database answers, 503 when it does not; says which, either way. */
public final class Health {
  private final Database database;

  public Health(Database database) {
    this.database = database;
  }

  public void check(Context ctx) {
    if (database.isUp()) {
      ctx.json(Map.of("status", "ok", "database", "up"));
    } else {
      ctx.status(503)
          .json(
              Map.of(
                  "status",
                  "unavailable",
                  "database",
                  "down",
                  "error",
                  "the database does not answer"));
    }
  }
}
