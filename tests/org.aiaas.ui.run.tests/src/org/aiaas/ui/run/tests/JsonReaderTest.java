package org.aiaas.ui.run.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aiaas.ui.run.results.JsonReader;
import org.aiaas.ui.run.results.ResultsFormatException;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

	@Test
	void readsEveryKindOfValueKeepingKeyOrder() throws Exception {
		Object value = JsonReader.parse("{\"z\": [1, -2.5, 1.0E-5, true, false, null], \"a\": \"\\u00e9\\n\\\"q\\\"\"}");
		Map<String, Object> expected = new LinkedHashMap<>();
		// Integers without fraction or exponent are Long, other numbers Double.
		expected.put("z", Arrays.asList(1L, -2.5, 1.0e-5, true, false, null));
		expected.put("a", "é\n\"q\"");
		assertEquals(expected, value);
		assertEquals(List.of("z", "a"), List.copyOf(((Map<?, ?>) value).keySet()));
	}

	@Test
	void anErrorNamesLineAndColumn() {
		// Line 2 is ` "b": }`: the '}' is its 7th character.
		ResultsFormatException e = assertThrows(ResultsFormatException.class,
				() -> JsonReader.parse("{\"a\": 1,\n \"b\": }"));
		assertEquals("2:7: unexpected character '}'", e.getMessage());
	}

	@Test
	void truncatedFilesAndTrailingTextAreRefused() {
		assertEquals("1:9: unexpected end of the file; expected '}'",
				assertThrows(ResultsFormatException.class, () -> JsonReader.parse("{\"a\": 1 ")).getMessage());
		assertEquals("1:4: unexpected text after the JSON value",
				assertThrows(ResultsFormatException.class, () -> JsonReader.parse("[] x")).getMessage());
		assertEquals("1:2: '01.' is not a number",
				assertThrows(ResultsFormatException.class, () -> JsonReader.parse("[01.]")).getMessage());
	}
}
