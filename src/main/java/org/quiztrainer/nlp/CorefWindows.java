package org.quiztrainer.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.IntPair;
import edu.stanford.nlp.util.IntTuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs coreference over windows of whole paragraphs ({@link CorefWindow#split}) rather than over
 * the whole article. The statistical system compares each mention with the 50 before it and with
 * the earlier ones, up to 500 back, that share a noun (about 52 pairs a mention in news), so its
 * work grows with the length; but it extracts the features of all the document's mention pairs
 * before it scores any. Beside the models' gigabyte, those of an 8,000-word article left a 2 GB
 * heap so little room that garbage collection took two thirds of the time. A window at a time, that
 * memory is bounded.
 *
 * <p>An article that fits one window is annotated exactly as before. In a longer one, a chain does
 * not cross from one window into the next; the chains are renumbered into the document's sentences
 * and mention ids, which is all {@link CoreNlpReader} reads. The per-sentence coref mentions
 * CoreNLP leaves behind keep their window's numbering.
 */
final class CorefWindows {
  /**
   * Words in a window. Most news articles fit in one (every article the tests store does, the
   * longest 1,100 words), and so get CoreNLP's own coreference.
   */
  static final int WORDS = 1_500;

  private final Annotator coref;
  private final int maxWords;

  CorefWindows(Annotator coref, int maxWords) {
    this.coref = coref;
    this.maxWords = maxWords;
  }

  void annotate(Annotation doc) {
    List<CorefWindow> windows = windows(doc, maxWords);
    if (windows.size() <= 1) {
      coref.annotate(doc);
      return;
    }
    Map<Integer, CorefChain> chains = new HashMap<>();
    int mentions = 0;
    for (CorefWindow w : windows) {
      Annotation part = part(doc, w);
      coref.annotate(part);
      for (CorefChain c : part.get(CorefCoreAnnotations.CorefChainAnnotation.class).values()) {
        CorefChain moved = moved(c, w.from(), mentions);
        chains.put(moved.getChainID(), moved);
      }
      // Mention ids, and so chain ids, run from 0 in each window.
      mentions += part.get(CorefCoreAnnotations.CorefMentionsAnnotation.class).size();
    }
    doc.set(CorefCoreAnnotations.CorefChainAnnotation.class, chains);
  }

  /** The windows of an annotated document; a line break in its text ends a paragraph. */
  static List<CorefWindow> windows(Annotation doc, int maxWords) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    int[] words = new int[sentences.size()];
    boolean[] starts = new boolean[sentences.size()];
    int previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      int begin = sentences.get(i).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentences.get(i).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      words[i] = words(text, begin, end);
      starts[i] = i == 0 || text.substring(previousEnd, begin).indexOf('\n') >= 0;
      previousEnd = end;
    }
    return CorefWindow.split(words, starts, maxWords);
  }

  private static int words(String text, int begin, int end) {
    int n = 0;
    boolean inWord = false;
    for (int i = begin; i < end; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }

  /**
   * The window's sentences as a document of their own. Everything else is the document's: tokens
   * keep their character offsets, and their entity-mention indices still point into the document's
   * list of entity mentions.
   */
  private static Annotation part(Annotation doc, CorefWindow w) {
    Annotation part = new Annotation(doc);
    List<CoreMap> sentences =
        new ArrayList<>(
            doc.get(CoreAnnotations.SentencesAnnotation.class).subList(w.from(), w.to()));
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : sentences) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return part;
  }

  /** A window's chain in the document's numbering: sentences after {@code sentences}, ids too. */
  private static CorefChain moved(CorefChain chain, int sentences, int ids) {
    Map<IntPair, Set<CorefChain.CorefMention>> byHead = new HashMap<>();
    CorefChain.CorefMention representative = null;
    for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
      IntTuple position = new IntTuple(2);
      position.set(0, m.position.get(0) + sentences);
      position.set(1, m.position.get(1));
      CorefChain.CorefMention moved =
          new CorefChain.CorefMention(
              m.mentionType,
              m.number,
              m.gender,
              m.animacy,
              m.startIndex,
              m.endIndex,
              m.headIndex,
              m.corefClusterID + ids,
              m.mentionID + ids,
              m.sentNum + sentences,
              position,
              m.mentionSpan);
      byHead
          .computeIfAbsent(new IntPair(moved.sentNum, moved.headIndex), k -> new HashSet<>())
          .add(moved);
      if (m == chain.getRepresentativeMention()) {
        representative = moved;
      }
    }
    return new CorefChain(chain.getChainID() + ids, byHead, representative);
  }
}
