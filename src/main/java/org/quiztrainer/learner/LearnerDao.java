package org.quiztrainer.learner;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Learners and the browsers they study in, known only by hashes of random tokens. */
public final class LearnerDao {

  public void insert(Handle h, String id, Instant now) {
    h.createUpdate("INSERT INTO learner (id, created_at) VALUES (:id, :now)")
        .bind("id", id)
        .bind("now", now)
        .execute();
  }

  public void addDevice(Handle h, String learnerId, String tokenHash, Instant now) {
    h.createUpdate(
            "INSERT INTO learner_device (token_hash, learner_id, created_at)"
                + " VALUES (:hash, :learner, :now)")
        .bind("hash", tokenHash)
        .bind("learner", learnerId)
        .bind("now", now)
        .execute();
  }

  public Optional<String> byDevice(Handle h, String tokenHash) {
    return h.createQuery("SELECT learner_id FROM learner_device WHERE token_hash = :hash")
        .bind("hash", tokenHash)
        .mapTo(String.class)
        .findOne();
  }

  public Optional<String> byRecoveryCode(Handle h, String codeHash) {
    return h.createQuery("SELECT id FROM learner WHERE recovery_hash = :hash")
        .bind("hash", codeHash)
        .mapTo(String.class)
        .findOne();
  }

  public void setRecoveryCode(Handle h, String learnerId, String codeHash) {
    h.createUpdate("UPDATE learner SET recovery_hash = :hash WHERE id = :id")
        .bind("hash", codeHash)
        .bind("id", learnerId)
        .execute();
  }

  public boolean hasRecoveryCode(Handle h, String learnerId) {
    return h.createQuery("SELECT recovery_hash FROM learner WHERE id = :id")
        .bind("id", learnerId)
        .mapTo(String.class)
        .findOne()
        .isPresent();
  }

  /** Signs out every browser but this one. */
  public void forgetDevicesExcept(Handle h, String learnerId, String keepHash) {
    h.createUpdate("DELETE FROM learner_device WHERE learner_id = :id AND token_hash <> :keep")
        .bind("id", learnerId)
        .bind("keep", keepHash)
        .execute();
  }

  /** Deletes a learner and everything they did: their history is theirs to remove. */
  public void delete(Handle h, String learnerId) {
    for (String table :
        new String[] {"review_card", "study_answer", "practice", "learner_device"}) {
      h.createUpdate("DELETE FROM " + table + " WHERE learner_id = :id")
          .bind("id", learnerId)
          .execute();
    }
    h.createUpdate("DELETE FROM learner WHERE id = :id").bind("id", learnerId).execute();
  }
}
