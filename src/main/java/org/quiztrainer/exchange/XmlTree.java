package org.quiztrainer.exchange;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree that remembers the line of each element, read with StAX with DTDs and
 * external entities switched off, so a file can't reach into the server (XXE).
 */
final class XmlTree {
  final String name;
  final int line;
  final Map<String, String> attributes = new HashMap<>();
  final List<XmlTree> children = new ArrayList<>();
  final List<String> comments = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  private XmlTree(String name, int line) {
    this.name = name;
    this.line = line;
  }

  static XmlTree parse(String xml) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader r = null;
    try {
      r = factory.createXMLStreamReader(new StringReader(xml));
      Deque<XmlTree> open = new ArrayDeque<>();
      XmlTree root = null;
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            XmlTree e = new XmlTree(r.getLocalName(), r.getLocation().getLineNumber());
            for (int i = 0; i < r.getAttributeCount(); i++) {
              e.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
            if (open.isEmpty()) {
              root = e;
            } else {
              open.peek().children.add(e);
            }
            open.push(e);
          }
          case XMLStreamConstants.END_ELEMENT -> open.pop();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (!open.isEmpty()) {
              open.peek().text.append(r.getText());
            }
          }
          case XMLStreamConstants.COMMENT -> {
            if (!open.isEmpty()) {
              open.peek().comments.add(r.getText().strip());
            }
          }
          case XMLStreamConstants.DTD ->
              throw new ImportProblem(
                  r.getLocation().getLineNumber(), "a DOCTYPE is not allowed in a quiz file");
          default -> {}
        }
      }
      if (root == null) {
        throw new ImportProblem(1, "the file has no XML elements");
      }
      return root;
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new ImportProblem(line, "not well-formed XML: " + firstSentence(e.getMessage()));
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing was opened that needs closing
        }
      }
    }
  }

  Optional<XmlTree> child(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).findFirst();
  }

  List<XmlTree> all(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }

  String text() {
    return text.toString();
  }

  /** The text of {@code <child><text>...</text></child>}, or "" if absent. */
  String textOf(String childName) {
    return child(childName).flatMap(c -> c.child("text")).map(XmlTree::text).orElse("");
  }

  String attribute(String attributeName) {
    return attributes.getOrDefault(attributeName, "");
  }

  private static String firstSentence(String message) {
    if (message == null) {
      return "";
    }
    String m =
        message.contains("Message: ")
            ? message.substring(message.indexOf("Message: ") + 9)
            : message;
    return m.lines().findFirst().orElse("").strip();
  }
}
