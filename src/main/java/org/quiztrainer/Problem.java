package org.quiztrainer;

/**
 * A request the app must refuse, with a message written for the person who sent it. The web layer
 * turns the kind into a 4xx status in one place.
 */
public final class Problem extends RuntimeException {
  /** What went wrong, from the client's point of view. */
  public enum Kind {
    INVALID,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    TOO_LARGE,
    UNAUTHORIZED,
    TOO_MANY
  }

  private final Kind kind;

  private Problem(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public static Problem invalid(String message) {
    return new Problem(Kind.INVALID, message);
  }

  public static Problem forbidden(String message) {
    return new Problem(Kind.FORBIDDEN, message);
  }

  public static Problem notFound(String message) {
    return new Problem(Kind.NOT_FOUND, message);
  }

  public static Problem conflict(String message) {
    return new Problem(Kind.CONFLICT, message);
  }

  public static Problem tooLarge(String message) {
    return new Problem(Kind.TOO_LARGE, message);
  }

  public static Problem unauthorized(String message) {
    return new Problem(Kind.UNAUTHORIZED, message);
  }

  public static Problem tooMany(String message) {
    return new Problem(Kind.TOO_MANY, message);
  }
}
