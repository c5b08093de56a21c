package org.quiztrainer.account;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Browser sessions and API tokens, stored by the SHA-256 of their secret. */
public final class TokenDao {

  public void insert(Handle h, String tokenHash, String teacherId, String kind, Instant expires) {
    h.createUpdate(
            "INSERT INTO auth_token (token_hash, teacher_id, kind, created_at, expires_at)"
                + " VALUES (:hash, :teacher, :kind, :now, :expires)")
        .bind("hash", tokenHash)
        .bind("teacher", teacherId)
        .bind("kind", kind)
        .bind("now", Instant.now())
        .bind("expires", expires)
        .execute();
  }

  /** The teacher a live token of this kind belongs to. */
  public Optional<Teacher> teacher(Handle h, String tokenHash, String kind, Instant now) {
    return h.createQuery(
            "SELECT t.id, t.email, t.name, t.admin FROM auth_token a"
                + " JOIN teacher t ON t.id = a.teacher_id"
                + " WHERE a.token_hash = :hash AND a.kind = :kind AND a.expires_at > :now")
        .bind("hash", tokenHash)
        .bind("kind", kind)
        .bind("now", now)
        .map((rs, ctx) -> TeacherDao.map(rs))
        .findOne();
  }

  public int delete(Handle h, String tokenHash) {
    return h.createUpdate("DELETE FROM auth_token WHERE token_hash = :hash")
        .bind("hash", tokenHash)
        .execute();
  }

  /** Signs a teacher out everywhere, as after a password change. */
  public void deleteAllExcept(Handle h, String teacherId, String keepHash) {
    h.createUpdate("DELETE FROM auth_token WHERE teacher_id = :teacher AND token_hash <> :keep")
        .bind("teacher", teacherId)
        .bind("keep", keepHash)
        .execute();
  }

  public void deleteExpired(Handle h, Instant now) {
    h.createUpdate("DELETE FROM auth_token WHERE expires_at <= :now").bind("now", now).execute();
  }
}
