package com.cymate.migrator.source;

import com.cymate.migrator.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes migration files strictly as UTF-8, whatever the JVM's default charset, and points at the
 * first bad byte by line and column instead of Java's bare "Input length = 1".
 */
final class ScriptDecoder {

  private ScriptDecoder() {}

  static String decode(String fileName, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw badByte(fileName, bytes, in.position());
    }
    flush(decoder, out);
    String text = out.flip().toString();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw nulCharacter(fileName, text, nul);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static void flush(CharsetDecoder decoder, CharBuffer out) {
    CoderResult result = decoder.flush(out);
    if (result.isError()) {
      try {
        result.throwException();
      } catch (CharacterCodingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static InvalidInputException nulCharacter(String fileName, String text, int index) {
    String before = text.substring(0, index);
    int line = (int) before.chars().filter(ch -> ch == '\n').count() + 1;
    String lineText = before.substring(before.lastIndexOf('\n') + 1);
    int column = lineText.codePointCount(0, lineText.length()) + 1;
    return new InvalidInputException(
        String.format(
            "%s:%d:%d: NUL character (byte 0x00); PostgreSQL text cannot contain it",
            fileName, line, column));
  }

  private static InvalidInputException badByte(String fileName, byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String prefix = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    int column = prefix.codePointCount(0, prefix.length()) + 1;
    return new InvalidInputException(
        String.format(
            "%s:%d:%d: invalid UTF-8 byte 0x%02X; migration files must be UTF-8"
                + " (re-save the file as UTF-8)",
            fileName, line, column, bytes[offset] & 0xff));
  }
}
