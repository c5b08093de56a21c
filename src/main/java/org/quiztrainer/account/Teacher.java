package org.quiztrainer.account;

/** A teacher's account as the rest of the app sees it: never with the password hash. */
public record Teacher(String id, String email, String name, boolean admin) {

  /** Whether this teacher may read and change something owned by {@code ownerId}. */
  public boolean mayAuthor(String ownerId) {
    return admin || id.equals(ownerId);
  }
}
