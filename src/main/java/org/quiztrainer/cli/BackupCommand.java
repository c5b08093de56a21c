package org.quiztrainer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.quiztrainer.Config;
import org.quiztrainer.db.Backups;

/**
 * {@code backup FILE} and {@code restore FILE}: a copy of the embedded database, and putting one
 * back. Both work on QUIZ_DATA_DIR and need the app stopped. With QUIZ_DB_URL set the database is
 * not ours to copy, so they point to the database's own tools.
 */
public final class BackupCommand {
  private BackupCommand() {}

  public static int run(
      String command,
      List<String> args,
      Map<String, String> env,
      PrintStream out,
      PrintStream err) {
    if (args.size() != 1 || args.get(0).startsWith("-")) {
      err.println("usage: " + command + " FILE");
      return 2;
    }
    Config config = Config.fromEnvironment(env, false);
    if (config.dbUrl().isPresent()) {
      err.println(
          "QUIZ_DB_URL is set: back up and restore that database with its own tools (pg_dump)");
      return 2;
    }
    Path file = Path.of(args.get(0));
    try {
      if (command.equals("backup")) {
        Backups.backup(config.dataDir(), file);
        out.println("Backed up " + config.dataDir() + " to " + file.toAbsolutePath());
      } else {
        Path kept = Backups.restore(file, config.dataDir());
        out.println("Restored " + file + " into " + config.dataDir());
        if (kept != null) {
          out.println("The database it replaced is kept as " + kept);
        }
      }
      return 0;
    } catch (Backups.Refused e) {
      err.println(command + " refused: " + e.getMessage());
      return 1;
    }
  }
}
