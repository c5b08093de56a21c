package org.quiztrainer.exchange;

/** A file that can't be imported, with the line where the problem is. */
public final class ImportProblem extends RuntimeException {
  private final int line;

  public ImportProblem(int line, String problem) {
    super(line > 0 ? "line " + line + ": " + problem : problem, null, false, false);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
