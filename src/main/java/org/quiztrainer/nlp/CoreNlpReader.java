package org.quiztrainer.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads CoreNLP's annotations of an article into our own {@link Analysis}. */
final class CoreNlpReader {
  /** Entity types that make a good name for what a pronoun or a description refers to. */
  private static final Set<String> NAMED =
      Set.of(
          "PERSON",
          "ORGANIZATION",
          "LOCATION",
          "COUNTRY",
          "CITY",
          "STATE_OR_PROVINCE",
          "NATIONALITY",
          "MISC");

  private CoreNlpReader() {}

  static Analysis read(
      Annotation doc, String text, List<Paragraph> paragraphs, Optional<LocalDate> date) {
    List<Sentence> sentences = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap s : coreSentences) {
      int index = sentences.size();
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        // The position in the sentence, not t.index(): annotators after the parser have been
        // seen to renumber tokens inside person names.
        tokens.add(token(t, tokens.size()));
      }
      List<Entity> here = new ArrayList<>();
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      Tree tree = s.get(TreeCoreAnnotations.TreeAnnotation.class);
      List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
      for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
        // Character offsets, not the mention's own tokens: their indices are not always the
        // sentence's (seen on PERSON mentions).
        int from = tokenAt(tokens, m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
        int to = tokenAt(tokens, m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) - 1) + 1;
        if (from < 0 || to <= from || to - from == 1 && tokens.get(from).tag().startsWith("PRP")) {
          continue; // "he" and "his" are mentions of a person, not names: coreference has them
        }
        here.add(
            new Entity(
                index,
                from,
                to,
                m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                m.get(CoreAnnotations.TextAnnotation.class),
                m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
      }
      here.addAll(NamesAfterTitles.find(index, tokens, here));
      entities.addAll(here);
      sentences.add(
          new Sentence(
              index,
              paragraphOf(paragraphs, begin),
              begin,
              end,
              text.substring(begin, end),
              tokens,
              tree));
    }
    return new Analysis(
        text, paragraphs, sentences, entities, coreference(doc, entities), quotes(doc, text), date);
  }

  private static Token token(CoreLabel t, int position) {
    return new Token(
        position,
        t.originalText(),
        t.tag(),
        t.lemma(),
        t.ner() == null ? "O" : t.ner(),
        t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
        t.beginPosition(),
        t.endPosition());
  }

  /** The token holding this character, or -1. */
  private static int tokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid);
      if (offset < t.begin()) {
        hi = mid - 1;
      } else if (offset >= t.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private static int paragraphOf(List<Paragraph> paragraphs, int offset) {
    for (Paragraph p : paragraphs) {
      if (offset < p.end()) {
        return p.index();
      }
    }
    return Math.max(0, paragraphs.size() - 1);
  }

  /**
   * Each mention of a chain refers to the name {@link ChainNames} gives it: the longest name the
   * chain's proper mentions have given, up to it, that fits it. Chains that name nothing (all
   * pronouns and descriptions) are left out.
   */
  private static Coreference coreference(Annotation doc, List<Entity> entities) {
    Coreference out = new Coreference();
    Map<Integer, CorefChain> chains = doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (chains == null) {
      return out;
    }
    for (CorefChain chain : chains.values()) {
      List<CorefChain.CorefMention> mentions = chain.getMentionsInTextualOrder();
      List<ChainNames.Mention> named = new ArrayList<>();
      for (CorefChain.CorefMention m : mentions) {
        boolean proper = m.mentionType == Dictionaries.MentionType.PROPER;
        named.add(new ChainNames.Mention(proper, proper ? name(m, entities) : Optional.empty()));
      }
      List<Optional<Entity>> names = ChainNames.of(named);
      for (int i = 0; i < mentions.size(); i++) {
        if (names.get(i).isEmpty()) {
          continue;
        }
        CorefChain.CorefMention m = mentions.get(i);
        Referent referent = new Referent(names.get(i).get().text(), names.get(i).get().type());
        int sentence = m.sentNum - 1;
        int head = m.headIndex - 1;
        // The head word stands for the mention, and so does the rest of the name it is part of.
        int from = head;
        int to = head + 1;
        for (Entity e : entities) {
          if (e.sentence() == sentence && e.covers(head)) {
            from = e.start();
            to = e.end();
          }
        }
        out.add(
            new Coreference.Mention(
                sentence, from, to, head, m.mentionType == Dictionaries.MentionType.PRONOMINAL),
            referent);
      }
    }
    return out;
  }

  /** The longest named entity inside a proper mention that holds its head word. */
  private static Optional<Entity> name(CorefChain.CorefMention m, List<Entity> entities) {
    Entity best = null;
    for (Entity e : entities) {
      boolean inside =
          e.sentence() == m.sentNum - 1
              && e.start() >= m.startIndex - 1
              && e.end() <= m.endIndex - 1
              && e.covers(m.headIndex - 1);
      if (inside
          && NAMED.contains(e.type())
          && (best == null || e.text().length() > best.text().length())) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<Quote> quotes(Annotation doc, String text) {
    List<Quote> out = new ArrayList<>();
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    for (CoreMap q : quotes == null ? List.<CoreMap>of() : quotes) {
      int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      Integer first = q.get(CoreAnnotations.SentenceBeginAnnotation.class);
      Integer last = q.get(CoreAnnotations.SentenceEndAnnotation.class);
      if (first == null || last == null) {
        continue;
      }
      out.add(new Quote(begin, end, text.substring(begin, end), first, last));
    }
    return out;
  }
}
