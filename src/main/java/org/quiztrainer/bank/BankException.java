package org.quiztrainer.bank;

/** A question-bank file that cannot be loaded; the message names the file and the problem. */
public final class BankException extends RuntimeException {
  public BankException(String message) {
    super(message);
  }
}
