package org.quiztrainer.generate;

/** A word or mark of the article, with its offsets in the whole text and its UD tag. */
record Token(String text, int start, int end, String tag) {

  boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  boolean is(String... tags) {
    for (String t : tags) {
      if (tag.equals(t)) {
        return true;
      }
    }
    return false;
  }

  String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }
}
