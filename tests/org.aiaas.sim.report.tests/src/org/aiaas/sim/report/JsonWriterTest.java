package org.aiaas.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON text as RFC 8259 spells it: the escapes of section 7, no NaN or infinity (section 6). */
class JsonWriterTest {

	@Test
	void quotesAndBackslashAreEscaped() {
		assertEquals("\"say \\\"hi\\\" C:\\\\tmp\"", JsonWriter.quote("say \"hi\" C:\\tmp"));
	}

	@Test
	void controlCharactersAreEscaped() {
		// the short forms where RFC 8259 has them, \\u00XX for the other characters below U+0020
		assertEquals("\"\\n\\r\\t\\b\\f\\u0000\\u001f\"", JsonWriter.quote("\n\r\t\b\f\u0000\u001f"));
	}

	@Test
	void unicodeIsKeptButLineSeparatorsAndLoneSurrogatesAreEscaped() {
		assertEquals("\"é € 😀 日本\"", JsonWriter.quote("é € 😀 日本"));
		// U+2028/2029 break JavaScript string literals; a lone surrogate has no UTF-8 encoding
		assertEquals("\"a\\u2028b\\u2029c\"", JsonWriter.quote("a\u2028b\u2029c"));
		assertEquals("\"\\ud800x\\udc00\"", JsonWriter.quote("\ud800x\udc00"));
	}

	@ParameterizedTest
	@ValueSource(doubles = { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY })
	void nonFiniteNumbersAreRefused(double value) {
		JsonWriter json = new JsonWriter(new StringBuilder(), false).beginArray();
		assertThrows(IllegalArgumentException.class, () -> json.value(value));
		assertThrows(IllegalArgumentException.class, () -> JsonWriter.number(value));
	}

	@Test
	void numbersUseOneFixedRule() {
		// Double.toString: shortest decimal that round-trips; negative zero normalised
		assertEquals("0.1", JsonWriter.number(0.1));
		assertEquals("1000.0", JsonWriter.number(1000));
		assertEquals("1.0E-5", JsonWriter.number(1e-5));
		assertEquals("0.0", JsonWriter.number(-0.0));
		assertEquals("0.3333333333333333", JsonWriter.number(1.0 / 3));
		for (double x : new double[] { 0.1 + 0.2, Math.PI, 1e300, -2.5e-300, Double.MIN_VALUE }) {
			assertEquals(x, Double.parseDouble(JsonWriter.number(x)));
		}
	}

	@Test
	void compactOutputKeepsKeysInWrittenOrder() {
		StringBuilder sb = new StringBuilder();
		new JsonWriter(sb, false).beginObject()
				.name("z").value(1L)
				.name("a").beginArray().value("x").nullValue().value(true).value(Double.valueOf(0.5)).endArray()
				.name("m").beginObject().endObject()
				.endObject().finish();
		assertEquals("{\"z\":1,\"a\":[\"x\",null,true,0.5],\"m\":{}}", sb.toString());
	}

	@Test
	void prettyOutputIndentsAndKeepsInlineContainersOnOneLine() {
		StringBuilder sb = new StringBuilder();
		JsonWriter json = new JsonWriter(sb, true).beginObject();
		json.name("p").beginInlineArray().beginArray().value(1L).value(2L).endArray().endArray();
		json.name("o").beginInlineObject().name("a").value(1L).name("b").nullValue().endObject();
		json.name("e").beginArray().endArray();
		json.endObject().finish();
		assertEquals("{\n  \"p\": [[1, 2]],\n  \"o\": {\"a\": 1, \"b\": null},\n  \"e\": []\n}\n", sb.toString());
	}

	@Test
	void misuseIsRefusedRatherThanWrittenAsInvalidJson() {
		assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringBuilder(), false).beginObject().value(1L));
		assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringBuilder(), false).beginObject().endArray());
		assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringBuilder(), false).beginArray().name("k"));
		assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringBuilder(), false).value(1L).value(2L));
		assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringBuilder(), false).beginArray().finish());
	}
}
