package org.aiaas.ui.run.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small JSON reader (RFC 8259) for the files the engine writes: objects become
 * {@code LinkedHashMap<String, Object>} (key order kept), arrays {@code List<Object>}, numbers
 * {@code Double} (integers without fraction or exponent {@code Long}), strings, booleans and
 * {@code null}. Errors name the line and column.
 */
public final class JsonReader {

	private final String text;
	private int pos;

	private JsonReader(String text) {
		this.text = text;
	}

	/**
	 * @throws ResultsFormatException naming line and column of the first error
	 */
	public static Object parse(String text) throws ResultsFormatException {
		JsonReader reader = new JsonReader(Objects.requireNonNull(text, "the JSON text"));
		reader.skipWhitespace();
		Object value = reader.value();
		reader.skipWhitespace();
		if (reader.pos < text.length()) {
			throw reader.error("unexpected text after the JSON value");
		}
		return value;
	}

	private Object value() throws ResultsFormatException {
		if (pos >= text.length()) {
			throw error("unexpected end of the file");
		}
		char c = text.charAt(pos);
		return switch (c) {
		case '{' -> object();
		case '[' -> array();
		case '"' -> string();
		case 't' -> literal("true", Boolean.TRUE);
		case 'f' -> literal("false", Boolean.FALSE);
		case 'n' -> literal("null", null);
		default -> {
			if (c == '-' || (c >= '0' && c <= '9')) {
				yield number();
			}
			throw error("unexpected character '" + c + "'");
		}
		};
	}

	private Map<String, Object> object() throws ResultsFormatException {
		Map<String, Object> map = new LinkedHashMap<>();
		pos++;
		skipWhitespace();
		if (peek() == '}') {
			pos++;
			return map;
		}
		while (true) {
			skipWhitespace();
			if (peek() != '"') {
				throw error("expected a key in quotes");
			}
			String key = string();
			skipWhitespace();
			expect(':');
			skipWhitespace();
			map.put(key, value());
			skipWhitespace();
			if (peek() == ',') {
				pos++;
			} else {
				expect('}');
				return map;
			}
		}
	}

	private List<Object> array() throws ResultsFormatException {
		List<Object> list = new ArrayList<>();
		pos++;
		skipWhitespace();
		if (peek() == ']') {
			pos++;
			return list;
		}
		while (true) {
			skipWhitespace();
			list.add(value());
			skipWhitespace();
			if (peek() == ',') {
				pos++;
			} else {
				expect(']');
				return list;
			}
		}
	}

	private String string() throws ResultsFormatException {
		StringBuilder sb = new StringBuilder();
		pos++;
		while (true) {
			if (pos >= text.length()) {
				throw error("a string is not closed");
			}
			char c = text.charAt(pos++);
			if (c == '"') {
				return sb.toString();
			}
			if (c < 0x20) {
				throw error("a control character inside a string must be escaped");
			}
			if (c != '\\') {
				sb.append(c);
				continue;
			}
			if (pos >= text.length()) {
				throw error("a string is not closed");
			}
			char e = text.charAt(pos++);
			switch (e) {
			case '"', '\\', '/' -> sb.append(e);
			case 'b' -> sb.append('\b');
			case 'f' -> sb.append('\f');
			case 'n' -> sb.append('\n');
			case 'r' -> sb.append('\r');
			case 't' -> sb.append('\t');
			case 'u' -> {
				if (pos + 4 > text.length()) {
					throw error("\\u needs four hex digits");
				}
				try {
					sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
				} catch (NumberFormatException ex) {
					throw error("\\u needs four hex digits");
				}
				pos += 4;
			}
			default -> throw error("unknown escape '\\" + e + "'");
			}
		}
	}

	private Object number() throws ResultsFormatException {
		int start = pos;
		if (peek() == '-') {
			pos++;
		}
		boolean integral = true;
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (c >= '0' && c <= '9') {
				pos++;
			} else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
				integral = false;
				pos++;
			} else {
				break;
			}
		}
		String literal = text.substring(start, pos);
		try {
			if (integral) {
				return Long.parseLong(literal);
			}
			if (!literal.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
				throw new NumberFormatException();
			}
			return Double.parseDouble(literal);
		} catch (NumberFormatException e) {
			pos = start;
			throw error("'" + literal + "' is not a number");
		}
	}

	private Object literal(String word, Object value) throws ResultsFormatException {
		if (!text.startsWith(word, pos)) {
			throw error("unexpected character '" + text.charAt(pos) + "'");
		}
		pos += word.length();
		return value;
	}

	private void expect(char c) throws ResultsFormatException {
		if (peek() != c) {
			throw error(pos >= text.length() ? "unexpected end of the file; expected '" + c + "'"
					: "expected '" + c + "' but found '" + text.charAt(pos) + "'");
		}
		pos++;
	}

	private char peek() {
		return pos < text.length() ? text.charAt(pos) : '\0';
	}

	private void skipWhitespace() {
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
				return;
			}
			pos++;
		}
	}

	private ResultsFormatException error(String message) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < Math.min(pos, text.length()); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				column = 1;
			} else {
				column++;
			}
		}
		return new ResultsFormatException(line + ":" + column + ": " + message);
	}
}
