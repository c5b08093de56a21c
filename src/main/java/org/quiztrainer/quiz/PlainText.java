package org.quiztrainer.quiz;

/** Checks that text a person sent is text: no NUL bytes or other control characters. */
public final class PlainText {
  private PlainText() {}

  /** The bytes as UTF-8 text, or nothing if they are not valid UTF-8 (no silent replacement). */
  public static java.util.Optional<String> utf8(byte[] bytes) {
    try {
      return java.util.Optional.of(
          java.nio.charset.StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      return java.util.Optional.empty();
    }
  }

  /** True when every character is printable or ordinary white space (tab, newline, return). */
  public static boolean isText(String s) {
    return s.chars()
            .allMatch(c -> c == '\n' || c == '\r' || c == '\t' || !Character.isISOControl(c))
        && s.codePoints()
            .noneMatch(c -> c == 0xFFFD || Character.getType(c) == Character.SURROGATE);
  }
}
