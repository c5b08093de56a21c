package org.quiztrainer.generate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * English verb forms from a verb's dictionary form: the past tense for "embracing" turned into
 * "embraced", the third person for "does", the participle for passives. Irregular verbs come from a
 * table; the rest follow the spelling rules (try, tried; stop, stopped; agree, agreed).
 */
final class Inflection {
  /** base, past, past participle. */
  private static final String[] IRREGULAR = {
    "be was been",
    "bear bore borne",
    "beat beat beaten",
    "become became become",
    "begin began begun",
    "bend bent bent",
    "bet bet bet",
    "bid bid bid",
    "bind bound bound",
    "bite bit bitten",
    "bleed bled bled",
    "blow blew blown",
    "break broke broken",
    "breed bred bred",
    "bring brought brought",
    "broadcast broadcast broadcast",
    "build built built",
    "burn burned burned",
    "burst burst burst",
    "buy bought bought",
    "cast cast cast",
    "catch caught caught",
    "choose chose chosen",
    "cling clung clung",
    "come came come",
    "cost cost cost",
    "creep crept crept",
    "cut cut cut",
    "deal dealt dealt",
    "dig dug dug",
    "do did done",
    "draw drew drawn",
    "dream dreamed dreamed",
    "drink drank drunk",
    "drive drove driven",
    "eat ate eaten",
    "fall fell fallen",
    "feed fed fed",
    "feel felt felt",
    "fight fought fought",
    "find found found",
    "flee fled fled",
    "fly flew flown",
    "forbid forbade forbidden",
    "forecast forecast forecast",
    "foresee foresaw foreseen",
    "forget forgot forgotten",
    "forgive forgave forgiven",
    "freeze froze frozen",
    "get got got",
    "give gave given",
    "go went gone",
    "grind ground ground",
    "grow grew grown",
    "hang hung hung",
    "have had had",
    "hear heard heard",
    "hide hid hidden",
    "hit hit hit",
    "hold held held",
    "hurt hurt hurt",
    "keep kept kept",
    "kneel knelt knelt",
    "know knew known",
    "lay laid laid",
    "lead led led",
    "leave left left",
    "lend lent lent",
    "let let let",
    "lie lay lain",
    "light lit lit",
    "lose lost lost",
    "make made made",
    "mean meant meant",
    "meet met met",
    "mislead misled misled",
    "overcome overcame overcome",
    "oversee oversaw overseen",
    "overtake overtook overtaken",
    "pay paid paid",
    "prove proved proven",
    "put put put",
    "quit quit quit",
    "read read read",
    "rebuild rebuilt rebuilt",
    "rid rid rid",
    "ride rode ridden",
    "ring rang rung",
    "rise rose risen",
    "run ran run",
    "say said said",
    "see saw seen",
    "seek sought sought",
    "sell sold sold",
    "send sent sent",
    "set set set",
    "shake shook shaken",
    "shed shed shed",
    "shine shone shone",
    "shoot shot shot",
    "show showed shown",
    "shrink shrank shrunk",
    "shut shut shut",
    "sing sang sung",
    "sink sank sunk",
    "sit sat sat",
    "sleep slept slept",
    "slide slid slid",
    "speak spoke spoken",
    "speed sped sped",
    "spend spent spent",
    "spin spun spun",
    "split split split",
    "spread spread spread",
    "spring sprang sprung",
    "stand stood stood",
    "steal stole stolen",
    "stick stuck stuck",
    "sting stung stung",
    "strike struck struck",
    "strive strove striven",
    "swear swore sworn",
    "sweep swept swept",
    "swim swam swum",
    "swing swung swung",
    "take took taken",
    "teach taught taught",
    "tear tore torn",
    "tell told told",
    "think thought thought",
    "throw threw thrown",
    "thrust thrust thrust",
    "undergo underwent undergone",
    "understand understood understood",
    "undertake undertook undertaken",
    "upset upset upset",
    "wake woke woken",
    "wear wore worn",
    "weep wept wept",
    "win won won",
    "wind wound wound",
    "withdraw withdrew withdrawn",
    "withhold withheld withheld",
    "withstand withstood withstood",
    "write wrote written"
  };

  private static final Map<String, String[]> FORMS = forms();

  private static Map<String, String[]> forms() {
    Map<String, String[]> m = new HashMap<>();
    for (String row : IRREGULAR) {
      String[] f = row.split(" ");
      m.put(f[0], f);
    }
    return Map.copyOf(m);
  }

  private Inflection() {}

  static String past(String lemma) {
    String[] f = FORMS.get(lemma.toLowerCase(Locale.ROOT));
    return f != null ? f[1] : regularPast(lemma);
  }

  static String participle(String lemma) {
    String[] f = FORMS.get(lemma.toLowerCase(Locale.ROOT));
    return f != null ? f[2] : regularPast(lemma);
  }

  /** "does" for "do", "tries" for "try", "has" for "have". */
  static String thirdPerson(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    if (l.equals("be")) {
      return "is";
    }
    if (l.equals("have")) {
      return "has";
    }
    if (l.matches(".*(s|sh|ch|x|z|o)")) {
      return lemma + "es";
    }
    if (l.matches(".*[^aeiou]y")) {
      return lemma.substring(0, lemma.length() - 1) + "ies";
    }
    return lemma + "s";
  }

  private static String regularPast(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    if (l.endsWith("e")) {
      return lemma + "d";
    }
    if (l.matches(".*[^aeiou]y")) {
      return lemma.substring(0, lemma.length() - 1) + "ied";
    }
    if (doublesFinalConsonant(l)) {
      return lemma + lemma.charAt(lemma.length() - 1) + "ed";
    }
    return lemma + "ed";
  }

  /**
   * Short verbs ending consonant-vowel-consonant double it (stop, stopped), but not after w, x or
   * y, and not longer verbs stressed early (visit, visited), which we can't tell apart by spelling;
   * one syllable is the safe rule.
   */
  private static boolean doublesFinalConsonant(String l) {
    return l.matches("[^aeiou]*[aeiou][^aeiouwxy]");
  }
}
