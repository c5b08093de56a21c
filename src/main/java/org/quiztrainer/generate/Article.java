package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.quiztrainer.nlp.Analysis;
import org.quiztrainer.nlp.Dateline;
import org.quiztrainer.nlp.Paragraph;
import org.quiztrainer.nlp.Sentence;

/**
 * Sentence preparation: which sentences of an article are worth asking about. The headline, the
 * dateline, photo captions, bylines, repeated pull quotes and fragments without a finite verb are
 * not; the headline is kept aside for the main-idea question.
 */
record Article(Analysis analysis, Optional<Paragraph> headline, List<Sentence> usable) {
  private static final Pattern CAPTION =
      Pattern.compile(
          "^(Image|Photo|Picture|Pictured|Credit|Photograph|File photo|File image|Video)\\b.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE =
      Pattern.compile("^(—|–|-|By\\s|\\(|Reporting by|Written by|Source:).*");
  private static final int LONGEST = 90;
  private static final int HEADLINE_WORDS = 25;

  static Article of(Analysis a) {
    Optional<Paragraph> dateline = Dateline.paragraph(a.text(), a.paragraphs());
    Optional<Paragraph> headline = headline(a);
    Set<Integer> skipped = new HashSet<>();
    headline.ifPresent(p -> skipped.add(p.index()));
    dateline.ifPresent(p -> skipped.add(p.index()));
    List<List<Sentence>> byParagraph = new ArrayList<>();
    a.paragraphs().forEach(p -> byParagraph.add(new ArrayList<>()));
    a.sentences().forEach(s -> byParagraph.get(s.paragraph()).add(s));
    Set<String> openings = new HashSet<>();
    for (Paragraph p : a.paragraphs()) {
      List<Sentence> sentences = byParagraph.get(p.index());
      if (isCaption(sentences) || openings.contains(opening(a.text(), p.begin()))) {
        skipped.add(p.index());
      }
      sentences.forEach(s -> openings.add(opening(a.text(), s.begin())));
    }
    List<Sentence> usable = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      if (!skipped.contains(s.paragraph()) && isStatement(s)) {
        usable.add(s);
      }
    }
    return new Article(a, headline, usable);
  }

  /** The first paragraph, when it is a short line without a full stop above the text. */
  private static Optional<Paragraph> headline(Analysis a) {
    if (a.paragraphs().size() < 2) {
      return Optional.empty();
    }
    Paragraph first = a.paragraphs().get(0);
    String text = a.text().substring(first.begin(), first.end()).strip();
    boolean ends = text.matches("(?s).*[.!?\"”’]$");
    return !ends && Draft.words(text) <= HEADLINE_WORDS ? Optional.of(first) : Optional.empty();
  }

  String headlineText() {
    return headline.map(p -> analysis.text().substring(p.begin(), p.end()).strip()).orElse("");
  }

  /** A paragraph that is, or ends with, a photo caption ("… Image: NASA."). */
  private static boolean isCaption(List<Sentence> sentences) {
    for (Sentence s : sentences) {
      if (CAPTION.matcher(s.text().strip()).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first words of a sentence, to recognise a pull quote: a paragraph that opens with a
   * sentence the article already had.
   */
  private static String opening(String text, int begin) {
    return text.substring(begin, Math.min(text.length(), begin + 40));
  }

  private static boolean isStatement(Sentence s) {
    String text = s.text().strip();
    if (BYLINE.matcher(text).matches() || s.size() > LONGEST || Draft.words(text) < 4) {
      return false;
    }
    return s.tree() != null && hasFiniteVerb(s.tree());
  }

  private static boolean hasFiniteVerb(Tree t) {
    for (Tree node : t.subTreeList()) {
      if (node.isPreTerminal()
          && Set.of("VBD", "VBZ", "VBP", "MD").contains(node.value())
          && !node.firstChild().value().toLowerCase(Locale.ROOT).equals("image")) {
        return true;
      }
      // "Tesla arranged …" with "arranged" tagged as a participle: a clause's verb phrase that
      // opens on one, right after the subject, is the tagger mistaking a past tense.
      // (Clauses.finiteVerb would say so too, but it corrects the tag, and this tree is shared.)
      if (Trees.is(node, "S")
          && Clauses.predicate(node)
              .map(vp -> vp.firstChild() != null && Trees.is(vp.firstChild(), "VBN"))
              .orElse(false)) {
        return true;
      }
    }
    return false;
  }
}
