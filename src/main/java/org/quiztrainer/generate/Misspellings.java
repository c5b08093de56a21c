package org.quiztrainer.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiztrainer.nlp.Analysis;
import org.quiztrainer.nlp.Lexicon;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;

/**
 * The article's misspellings of ordinary words, corrected in what a question says, so that a quiz
 * does not teach them ("the hotel collasped", "the Brazillian team"): a word WordNet doesn't know
 * that two letters swapped round, or a doubled letter written once, make a word it knows. Names are
 * left alone: WordNet knows few of them. Keys keep the article's spelling as an accepted answer.
 */
final class Misspellings {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** Penn tags of the words WordNet can vouch for, and the tag to look each up as. */
  private static final Map<String, String> LOOKUP =
      Map.of(
          "NN", "NN", "NNS", "NN", "VB", "VB", "VBD", "VB", "VBN", "VB", "VBG", "VB", "VBZ", "VB",
          "VBP", "VB", "JJ", "JJ", "RB", "RB");

  private final Map<String, String> corrections = new HashMap<>();

  Misspellings(Analysis analysis, Lexicon lexicon) {
    for (Sentence s : analysis.sentences()) {
      for (Token t : s.tokens()) {
        String w = t.text();
        if (w.length() < 5
            || !w.chars().allMatch(Character::isLetter)
            || corrections.containsKey(w)) {
          continue;
        }
        // "Brazillian": a nationality, whatever the tagger made of the misspelt word.
        boolean nationality =
            t.ner().equals("NATIONALITY")
                || Character.isUpperCase(w.charAt(0)) && w.matches(".*(?:ian|ean|ese|ish|ic)");
        String tag = nationality ? "JJ" : LOOKUP.get(t.tag());
        if (tag == null || !nationality && !Character.isLowerCase(w.charAt(0))) {
          continue;
        }
        if (known(lexicon, w, tag)) {
          continue;
        }
        for (String c : candidates(w)) {
          if (known(lexicon, c, tag)) {
            corrections.put(w, c);
            break;
          }
        }
      }
    }
  }

  private static boolean known(Lexicon lexicon, String word, String tag) {
    return !lexicon.senses(word.toLowerCase(Locale.ROOT), tag).isEmpty();
  }

  /** Two neighbouring letters swapped, then a doubled letter made single. */
  static List<String> candidates(String w) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 1; i + 1 < w.length(); i++) {
      char[] c = w.toCharArray();
      char x = c[i];
      c[i] = c[i + 1];
      c[i + 1] = x;
      out.add(new String(c));
    }
    for (int i = 1; i < w.length(); i++) {
      if (w.charAt(i) == w.charAt(i - 1)) {
        out.add(w.substring(0, i) + w.substring(i + 1));
      }
    }
    return out;
  }

  /** The text with the article's misspelt words corrected. */
  String fix(String text) {
    if (corrections.isEmpty()) {
      return text;
    }
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(corrections.getOrDefault(m.group(), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }
}
