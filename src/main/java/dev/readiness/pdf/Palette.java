package dev.readiness.pdf;

import java.awt.Color;

/** The report's colours: status colours read as traffic lights, and stay distinct in grey print. */
final class Palette {
  static final Color INK = new Color(0x21, 0x21, 0x21);
  static final Color MUTED = new Color(0x61, 0x61, 0x61);
  static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
  static final Color HEADER_BG = new Color(0xDD, 0xE7, 0xF0);
  static final Color RULE = new Color(0xBD, 0xBD, 0xBD);
  static final Color READY = new Color(0x2E, 0x7D, 0x32);
  static final Color READY_BG = new Color(0xE3, 0xF1, 0xE4);
  static final Color CLOSE = new Color(0xB2, 0x6A, 0x00);
  static final Color CLOSE_BG = new Color(0xFF, 0xF3, 0xD6);
  static final Color NOT_READY = new Color(0xC6, 0x28, 0x28);
  static final Color NOT_READY_BG = new Color(0xFB, 0xE3, 0xE3);
  static final Color UNRATED_BG = new Color(0xEE, 0xEE, 0xEE);
  static final Color TARGET = new Color(0x90, 0x90, 0x90);
  static final Color RATING = new Color(0x1F, 0x77, 0xB4);
  static final Color SELF = new Color(0xFF, 0x7F, 0x0E);

  private Palette() {}
}
