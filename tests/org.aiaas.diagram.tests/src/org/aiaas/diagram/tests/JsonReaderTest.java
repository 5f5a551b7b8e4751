package org.aiaas.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.aiaas.diagram.overlay.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small JSON reader: RFC 8259 values, and errors at the right place. */
class JsonReaderTest {

	@Test
	void readsEveryKindOfValue() throws Exception {
		Object value = JsonReader.parse(" {\"a\": [1, -2.5e1, 0.125], \"b\": {\"c\": \"x\\\"\\u00e9\\n\"}, \"t\": true,"
				+ " \"f\": false, \"n\": null} ");
		Map<?, ?> map = (Map<?, ?>) value;
		assertEquals(List.of(1.0, -25.0, 0.125), map.get("a"));
		assertEquals(Map.of("c", "x\"é\n"), map.get("b"));
		assertEquals(true, map.get("t"));
		assertEquals(false, map.get("f"));
		assertNull(map.get("n"));
		assertEquals(Arrays.asList("a", "b", "t", "f", "n"), List.copyOf(map.keySet())); // order kept
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"{\"a\" 1}|1|6|expected ':'",
			"[1,]|1|4|expected a value (object, array, string, number, true, false or null), found ']'",
			"01|1|2|unexpected '1' after the JSON value",
			"\"abc|1|5|unterminated string",
			"[1.]|1|4|expected a digit after '.'",
			"[tru]|1|2|expected true",
			"{}\\n\\n  x|3|3|unexpected 'x' after the JSON value" })
	void errorsSayWhereAndWhat(String text, int line, int column, String message) {
		JsonReader.SyntaxException e = assertThrows(JsonReader.SyntaxException.class,
				() -> JsonReader.parse(text.replace("\\n", "\n")));
		assertEquals(List.of(line, column, message), List.of(e.line(), e.column(), e.getMessage()));
	}
}
