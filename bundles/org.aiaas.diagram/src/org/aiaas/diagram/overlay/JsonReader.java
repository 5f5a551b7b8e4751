package org.aiaas.diagram.overlay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON (RFC 8259) reader: objects become ordered maps, arrays lists, numbers
 * doubles, {@code null} Java null. Errors say the line and column and what was expected.
 */
public final class JsonReader {

	/** Malformed JSON, at a 1-based line and column. */
	public static final class SyntaxException extends Exception {
		private static final long serialVersionUID = 1L;
		private final int line;
		private final int column;

		SyntaxException(int line, int column, String message) {
			super(message);
			this.line = line;
			this.column = column;
		}

		public int line() {
			return line;
		}

		public int column() {
			return column;
		}
	}

	private static final int MAX_DEPTH = 200;

	private final String text;
	private int position;
	private int depth;

	private JsonReader(String text) {
		this.text = text;
	}

	/** The value of a complete JSON text. */
	public static Object parse(String text) throws SyntaxException {
		JsonReader reader = new JsonReader(text);
		reader.skipSpace();
		Object value = reader.value();
		reader.skipSpace();
		if (reader.position < text.length()) {
			throw reader.error("unexpected '" + text.charAt(reader.position) + "' after the JSON value");
		}
		return value;
	}

	private Object value() throws SyntaxException {
		if (position >= text.length()) {
			throw error("unexpected end of file: expected a value");
		}
		char c = text.charAt(position);
		return switch (c) {
		case '{' -> object();
		case '[' -> array();
		case '"' -> string();
		case 't' -> word("true", Boolean.TRUE);
		case 'f' -> word("false", Boolean.FALSE);
		case 'n' -> word("null", null);
		default -> {
			if (c == '-' || c >= '0' && c <= '9') {
				yield number();
			}
			throw error("expected a value (object, array, string, number, true, false or null), found '" + c + "'");
		}
		};
	}

	private Map<String, Object> object() throws SyntaxException {
		enter();
		position++;
		Map<String, Object> members = new LinkedHashMap<>();
		skipSpace();
		if (peek() == '}') {
			position++;
			depth--;
			return members;
		}
		while (true) {
			skipSpace();
			if (peek() != '"') {
				throw error("expected a member name in double quotes");
			}
			String name = string();
			skipSpace();
			expect(':');
			skipSpace();
			members.put(name, value());
			skipSpace();
			if (peek() == ',') {
				position++;
			} else if (peek() == '}') {
				position++;
				depth--;
				return members;
			} else {
				throw error("expected ',' or '}' in an object");
			}
		}
	}

	private List<Object> array() throws SyntaxException {
		enter();
		position++;
		List<Object> items = new ArrayList<>();
		skipSpace();
		if (peek() == ']') {
			position++;
			depth--;
			return items;
		}
		while (true) {
			skipSpace();
			items.add(value());
			skipSpace();
			if (peek() == ',') {
				position++;
			} else if (peek() == ']') {
				position++;
				depth--;
				return items;
			} else {
				throw error("expected ',' or ']' in an array");
			}
		}
	}

	private String string() throws SyntaxException {
		position++; // the opening quote
		StringBuilder out = new StringBuilder();
		while (true) {
			if (position >= text.length()) {
				throw error("unterminated string");
			}
			char c = text.charAt(position++);
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				position--;
				throw error("control character in a string (escape it)");
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char escape = position < text.length() ? text.charAt(position++) : '\0';
			switch (escape) {
			case '"', '\\', '/' -> out.append(escape);
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'u' -> {
				if (position + 4 > text.length()) {
					throw error("\\u needs four hex digits");
				}
				try {
					out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
				} catch (NumberFormatException e) {
					throw error("\\u needs four hex digits");
				}
				position += 4;
			}
			default -> {
				position--;
				throw error("unknown escape '\\" + escape + "'");
			}
			}
		}
	}

	private Double number() throws SyntaxException {
		int start = position;
		if (peek() == '-') {
			position++;
		}
		if (peek() == '0') {
			position++;
		} else if (isDigit(peek())) {
			digits();
		} else {
			throw error("expected a digit");
		}
		if (peek() == '.') {
			position++;
			if (!isDigit(peek())) {
				throw error("expected a digit after '.'");
			}
			digits();
		}
		if (peek() == 'e' || peek() == 'E') {
			position++;
			if (peek() == '+' || peek() == '-') {
				position++;
			}
			if (!isDigit(peek())) {
				throw error("expected a digit in the exponent");
			}
			digits();
		}
		return Double.parseDouble(text.substring(start, position));
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private void digits() {
		while (isDigit(peek())) {
			position++;
		}
	}

	private Object word(String word, Object value) throws SyntaxException {
		if (!text.startsWith(word, position)) {
			throw error("expected " + word);
		}
		position += word.length();
		return value;
	}

	private void enter() throws SyntaxException {
		if (++depth > MAX_DEPTH) {
			throw error("nested more than " + MAX_DEPTH + " levels deep");
		}
	}

	private void expect(char c) throws SyntaxException {
		if (peek() != c) {
			throw error("expected '" + c + "'");
		}
		position++;
	}

	private char peek() {
		return position < text.length() ? text.charAt(position) : '\0';
	}

	private void skipSpace() {
		while (position < text.length()) {
			char c = text.charAt(position);
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
				return;
			}
			position++;
		}
	}

	private SyntaxException error(String message) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < Math.min(position, text.length()); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				column = 1;
			} else {
				column++;
			}
		}
		return new SyntaxException(line, column, message);
	}
}
