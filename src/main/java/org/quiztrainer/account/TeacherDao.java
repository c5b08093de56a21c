package org.quiztrainer.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Teacher accounts. Emails are stored lower-cased, so they are unique regardless of case. */
public final class TeacherDao {
  private static final String COLUMNS = "id, email, name, admin";

  /** A teacher and their stored password hash, for checking a login. */
  public record WithHash(Teacher teacher, String passwordHash) {}

  public void insert(Handle h, Teacher t, String passwordHash) {
    h.createUpdate(
            "INSERT INTO teacher (id, email, name, password_hash, admin, created_at)"
                + " VALUES (:id, :email, :name, :hash, :admin, :now)")
        .bind("id", t.id())
        .bind("email", t.email())
        .bind("name", t.name())
        .bind("hash", passwordHash)
        .bind("admin", t.admin())
        .bind("now", Instant.now())
        .execute();
  }

  public Optional<WithHash> byEmail(Handle h, String email) {
    return h.createQuery("SELECT " + COLUMNS + ", password_hash FROM teacher WHERE email = :email")
        .bind("email", email)
        .map((rs, ctx) -> new WithHash(map(rs), rs.getString("password_hash")))
        .findOne();
  }

  public Optional<WithHash> byId(Handle h, String id) {
    return h.createQuery("SELECT " + COLUMNS + ", password_hash FROM teacher WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> new WithHash(map(rs), rs.getString("password_hash")))
        .findOne();
  }

  public List<Teacher> all(Handle h) {
    return h.createQuery("SELECT " + COLUMNS + " FROM teacher ORDER BY name, email")
        .map((rs, ctx) -> map(rs))
        .list();
  }

  public void setPasswordHash(Handle h, String teacherId, String passwordHash) {
    h.createUpdate("UPDATE teacher SET password_hash = :hash WHERE id = :id")
        .bind("hash", passwordHash)
        .bind("id", teacherId)
        .execute();
  }

  static Teacher map(ResultSet rs) throws SQLException {
    return new Teacher(
        rs.getString("id"), rs.getString("email"), rs.getString("name"), rs.getBoolean("admin"));
  }
}
