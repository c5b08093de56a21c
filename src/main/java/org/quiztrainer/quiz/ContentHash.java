package org.quiztrainer.quiz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of everything a student sees or is graded on, so an unchanged question is reused.
 */
final class ContentHash {
  private ContentHash() {}

  static String of(Question q) {
    List<Object> parts =
        List.of(
            q.type().wireName(),
            q.prompt(),
            q.choices(),
            q.answer(),
            q.acceptedAnswers(),
            q.tolerance(),
            q.explanation(),
            q.evidence().start(),
            q.evidence().end(),
            q.evidence().text());
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Object part : parts) {
        byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        sha.update(bytes);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
