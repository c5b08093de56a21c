package org.quiztrainer.exchange;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.quiztrainer.quiz.Question;

/**
 * Writes Moodle XML (docs.moodle.org/en/Moodle_XML_format): a category named after the quiz, the
 * article as a description question, then the questions in plain-text format. Evidence offsets ride
 * in {@code qt-evidence} comments, which Moodle ignores.
 */
final class MoodleXmlWriter {
  private MoodleXmlWriter() {}

  static String write(QuizFile quiz) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("quiz");
      x.writeCharacters("\n");
      question(x, "category");
      x.writeStartElement("category");
      text(x, "$course$/top/" + quiz.title().replace("/", "-"));
      x.writeEndElement();
      end(x);
      if (!quiz.articleText().isEmpty()) {
        question(x, "description");
        if (quiz.source() != null) {
          x.writeComment(" qt-source: " + quiz.source().replace("--", "- -") + " ");
        }
        named(x, quiz.articleTitle());
        formatted(x, "questiontext", quiz.articleText());
        end(x);
      }
      for (Question q : quiz.questions()) {
        write(x, q);
      }
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private static void write(XMLStreamWriter x, Question q) throws XMLStreamException {
    String type =
        switch (q.type()) {
          case MULTIPLE_CHOICE -> "multichoice";
          case TRUE_FALSE -> "truefalse";
          case SHORT_ANSWER -> "shortanswer";
          case NUMERIC -> "numerical";
        };
    question(x, type);
    if (!q.evidence().text().isEmpty()) {
      x.writeComment(" qt-evidence: " + q.evidence().start() + " " + q.evidence().end() + " ");
    }
    named(x, q.id());
    formatted(x, "questiontext", q.prompt());
    formatted(x, "generalfeedback", q.explanation());
    element(x, "defaultgrade", "1");
    element(x, "penalty", "0");
    element(x, "hidden", "0");
    element(x, "idnumber", q.id());
    switch (q.type()) {
      case MULTIPLE_CHOICE -> {
        element(x, "single", "true");
        element(x, "shuffleanswers", "false");
        element(x, "answernumbering", "abc");
        for (String c : q.choices()) {
          answer(x, c.equals(q.answer()) ? "100" : "0", c, null);
        }
      }
      case TRUE_FALSE -> {
        answer(x, q.answer().equals("true") ? "100" : "0", "true", null);
        answer(x, q.answer().equals("false") ? "100" : "0", "false", null);
      }
      case SHORT_ANSWER -> {
        element(x, "usecase", "0");
        answer(x, "100", q.answer(), null);
        for (String a : q.acceptedAnswers()) {
          answer(x, "100", a, null);
        }
      }
      case NUMERIC -> answer(x, "100", q.answer().replace(",", "").strip(), q.tolerance());
    }
    end(x);
  }

  private static void question(XMLStreamWriter x, String type) throws XMLStreamException {
    x.writeCharacters("  ");
    x.writeStartElement("question");
    x.writeAttribute("type", type);
    x.writeCharacters("\n");
  }

  private static void end(XMLStreamWriter x) throws XMLStreamException {
    x.writeCharacters("  ");
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void named(XMLStreamWriter x, String name) throws XMLStreamException {
    x.writeCharacters("    ");
    x.writeStartElement("name");
    text(x, name);
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void formatted(XMLStreamWriter x, String element, String value)
      throws XMLStreamException {
    x.writeCharacters("    ");
    x.writeStartElement(element);
    x.writeAttribute("format", "plain_text");
    text(x, value);
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void element(XMLStreamWriter x, String element, String value)
      throws XMLStreamException {
    x.writeCharacters("    ");
    x.writeStartElement(element);
    x.writeCharacters(value);
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void answer(XMLStreamWriter x, String fraction, String value, Double tolerance)
      throws XMLStreamException {
    x.writeCharacters("    ");
    x.writeStartElement("answer");
    x.writeAttribute("fraction", fraction);
    x.writeAttribute("format", "plain_text");
    text(x, value);
    if (tolerance != null) {
      x.writeStartElement("tolerance");
      x.writeCharacters(
          tolerance == Math.rint(tolerance)
              ? String.valueOf(tolerance.longValue())
              : tolerance.toString());
      x.writeEndElement();
    }
    x.writeStartElement("feedback");
    x.writeAttribute("format", "plain_text");
    text(x, "");
    x.writeEndElement();
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void text(XMLStreamWriter x, String value) throws XMLStreamException {
    x.writeStartElement("text");
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
