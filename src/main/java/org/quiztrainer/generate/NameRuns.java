package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds runs of capitalised words ("Defence Minister Andrei Belousov", "Ministry of Defence"). */
final class NameRuns {
  private static final Set<String> NOT_NAMES =
      Set.of(
          "the",
          "a",
          "an",
          "this",
          "that",
          "these",
          "those",
          "there",
          "it",
          "he",
          "she",
          "they",
          "we",
          "i",
          "you",
          "his",
          "her",
          "its",
          "their",
          "in",
          "on",
          "at",
          "as",
          "but",
          "and",
          "or",
          "if",
          "when",
          "while",
          "after",
          "before",
          "since",
          "for",
          "with",
          "by",
          "from",
          "of",
          "to",
          "however",
          "also",
          "some",
          "many",
          "most",
          "one",
          "all",
          "both",
          "each",
          "photos",
          "photo",
          "yesterday",
          "today");

  private NameRuns() {}

  /** Token ranges [from, to) of capitalised runs, joined across "of" and "and" inside a name. */
  static List<int[]> find(Sentence s, Set<String> capitalisedMidSentence) {
    List<Token> t = s.tokens();
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      if (!starts(t, i, capitalisedMidSentence)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < t.size()) {
        if (nameWord(t.get(j))) {
          j++;
        } else if (t.get(j).lower().matches("of|de|du|von|van|der|la|le")
            && j + 1 < t.size()
            && nameWord(t.get(j + 1))) {
          j += 2;
        } else {
          break;
        }
      }
      runs.add(new int[] {i, j});
      i = j;
    }
    return runs;
  }

  private static boolean starts(List<Token> t, int i, Set<String> capitalisedMidSentence) {
    Token tok = t.get(i);
    if (!nameWord(tok)) {
      return false;
    }
    if (i > 0 && !isOpening(t.get(i - 1))) {
      return true;
    }
    // Sentence-initial capitals are names only when the article capitalises them elsewhere too,
    // or another capitalised word or a verb follows ("Sergei Shoigu said", "Belousov replaced").
    if (NOT_NAMES.contains(tok.lower())) {
      return false;
    }
    return tok.is("PROPN")
        && (capitalisedMidSentence.contains(tok.text())
            || (i + 1 < t.size() && (nameWord(t.get(i + 1)) || t.get(i + 1).is("VERB", "AUX"))));
  }

  private static boolean isOpening(Token t) {
    return t.text().matches("[“\"‘'(\\[—–-]");
  }

  static boolean nameWord(Token t) {
    return t.isCapitalized()
        && t.text().length() > 0
        && Character.isLetter(t.text().charAt(0))
        && !t.is("PRON", "DET", "CCONJ", "SCONJ", "AUX");
  }
}
