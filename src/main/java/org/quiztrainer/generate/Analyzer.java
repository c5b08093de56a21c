package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Turns article text into tagged sentences. Paragraphs are split on line breaks before sentence
 * detection, so headlines, datelines and captions never run into the next sentence.
 */
final class Analyzer {
  private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+");
  private static final Pattern BYLINE = Pattern.compile("\\s*[—–-]+\\s*(AP|Reuters|AFP|PA)\\s*$");
  private static final Pattern PROSE_END = Pattern.compile("[.!?][\"”’')]*$");
  private static final Pattern NOTES = Pattern.compile("(\\s*\\[[^\\]]{1,40}\\])+$");
  private static final Pattern CREDIT = Pattern.compile("^(Image|Photo|Credit|Caption)\\s*:");
  private final LanguageModels models;

  Analyzer(LanguageModels models) {
    this.models = models;
  }

  List<Sentence> sentences(String text) {
    LanguageModels.Tools tools = models.tools();
    List<Sentence> out = new ArrayList<>();
    Matcher p = PARAGRAPH.matcher(text);
    int paragraph = 0;
    while (p.find()) {
      String para = withoutByline(p.group());
      if (!isProse(para)) {
        continue; // headlines, datelines and photo captions hold no full sentences to ask about
      }
      for (Span span : tools.sentences().sentPosDetect(para)) {
        int start = p.start() + span.getStart();
        int end = p.start() + span.getEnd();
        Sentence s = tag(text, start, end, paragraph, out.size(), tools);
        if (s != null) {
          out.add(s);
        }
      }
      paragraph++;
    }
    return out;
  }

  /** A paragraph of running text ends like a sentence; headlines and captions don't. */
  static boolean isProse(String para) {
    String p = NOTES.matcher(para.strip()).replaceAll("");
    return !p.isEmpty() && PROSE_END.matcher(p).find() && !CREDIT.matcher(p).find();
  }

  private static String withoutByline(String para) {
    Matcher m = BYLINE.matcher(para);
    return m.find() ? para.substring(0, m.start()) : para;
  }

  private static Sentence tag(
      String text, int start, int end, int paragraph, int index, LanguageModels.Tools tools) {
    List<int[]> spans = Tokenizer.spans(text.substring(start, end), start);
    if (spans.isEmpty()) {
      return null;
    }
    String[] words = spans.stream().map(s -> text.substring(s[0], s[1])).toArray(String[]::new);
    String[] tags = tools.pos().tag(words);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(words[i], spans.get(i)[0], spans.get(i)[1], tags[i]));
    }
    return new Sentence(text.substring(start, end), start, end, tokens, paragraph, index);
  }
}
