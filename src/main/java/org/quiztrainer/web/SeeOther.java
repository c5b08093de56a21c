package org.quiztrainer.web;

/** Thrown to send the browser elsewhere with a 303, as to the sign-in page. */
public final class SeeOther extends RuntimeException {
  private final String location;

  public SeeOther(String location) {
    super(location, null, false, false);
    this.location = location;
  }

  public String location() {
    return location;
  }
}
