package org.quiztrainer.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Backing up and restoring the embedded database. A backup is H2's own consistent copy (a zip of
 * the database file); it needs the database to itself, so it refuses while the app is running
 * rather than copy a file that is being written. A restore keeps the current file beside the
 * restored one, so nothing is lost by restoring the wrong backup.
 */
public final class Backups {
  static final String FILE = "quiz-trainer.mv.db";

  /** Why a backup or restore couldn't be done, in a sentence for the person running it. */
  public static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  private Backups() {}

  public static void backup(Path dataDir, Path target) throws Refused {
    if (!Files.exists(dataDir.resolve(FILE))) {
      throw new Refused("there is no database in " + dataDir + " to back up");
    }
    if (Files.exists(target)) {
      throw new Refused(target + " exists already; choose a new file name");
    }
    String url = Database.embeddedUrl(dataDir) + ";IFEXISTS=TRUE";
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement backup = c.prepareStatement("BACKUP TO ?")) {
      backup.setString(1, target.toAbsolutePath().toString());
      backup.execute();
    } catch (SQLException e) {
      throw new Refused(reason(e, dataDir));
    }
  }

  /** Puts the backup's database in place; the file it replaces is kept, renamed. */
  public static Path restore(Path backupZip, Path dataDir) throws Refused {
    if (!Files.isRegularFile(backupZip)) {
      throw new Refused("there is no backup file " + backupZip);
    }
    Path current = dataDir.resolve(FILE);
    if (Files.exists(current) && inUse(dataDir)) {
      throw new Refused("the database is in use by a running Quiz Trainer; stop it first");
    }
    try {
      Files.createDirectories(dataDir);
      Path incoming = dataDir.resolve(FILE + ".restoring");
      boolean found = false;
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backupZip))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          if (e.getName().equals(FILE)) {
            copy(zip, incoming);
            found = true;
          }
        }
      }
      if (!found) {
        Files.deleteIfExists(incoming);
        throw new Refused(backupZip + " is not a Quiz Trainer backup: it holds no " + FILE);
      }
      Path kept = null;
      if (Files.exists(current)) {
        kept = dataDir.resolve(FILE + ".before-restore-" + Instant.now().getEpochSecond());
        Files.move(current, kept);
      }
      Files.move(incoming, current, StandardCopyOption.ATOMIC_MOVE);
      return kept;
    } catch (IOException e) {
      throw new Refused("could not restore: " + e.getMessage());
    }
  }

  private static boolean inUse(Path dataDir) {
    try (Connection c =
        DriverManager.getConnection(Database.embeddedUrl(dataDir) + ";IFEXISTS=TRUE")) {
      return false;
    } catch (SQLException e) {
      return reason(e, dataDir).contains("in use");
    }
  }

  private static void copy(InputStream in, Path to) throws IOException {
    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String reason(SQLException e, Path dataDir) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("already in use") || m.contains("locked")) {
      return "the database is in use by a running Quiz Trainer; stop it first (a backup needs"
          + " the database to itself)";
    }
    if (m.contains("orrupt") || m.contains("not a valid") || m.contains("nsupported")) {
      return "the database file in " + dataDir + " is damaged: " + m.lines().findFirst().orElse(m);
    }
    return m.lines().findFirst().orElse(m);
  }
}
