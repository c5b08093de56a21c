package org.quiztrainer.live;

import io.nayuki.qrcodegen.QrCode;

/** A QR code as an SVG path, drawn on the server so the projector needs no script for it. */
public final class QrSvg {
  private QrSvg() {}

  /**
   * The code's size in modules (including a 4-module quiet zone) and its dark modules as a path.
   */
  public record Drawing(int size, String path) {}

  public static Drawing of(String text) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int border = 4;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
        }
      }
    }
    return new Drawing(qr.size + 2 * border, path.toString());
  }
}
