package org.aiaas.train.tests.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aiaas.train.data.CsvFormatException;
import org.aiaas.train.data.CsvReader;
import org.aiaas.train.data.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading training data from CSV, and every error naming file, line and column. */
class CsvReaderTest {

	@TempDir
	Path folder;

	@Test
	void readsFeaturesAndTheNamedLabel() throws Exception {
		Path file = write("# comment\nx1,label,x2\n1.5,1,2\n\n-3,0,4e1\n");
		Samples samples = CsvReader.read(file, "label", true);
		assertEquals(List.of("x1", "x2"), samples.featureNames());
		assertArrayEquals(new double[] { 1.5, 2 }, samples.features()[0]);
		assertArrayEquals(new double[] { -3, 40 }, samples.features()[1]);
		assertArrayEquals(new double[] { 1, 0 }, samples.labels());
		assertEquals(2, samples.classes());
	}

	@Test
	void tooFewColumnsNamesWhereTheMissingCellStarts() throws Exception {
		Path file = write("a,b,y\n1,2,0\n1,2\n");
		// Line 3 "1,2" has 3 characters: the missing third cell would start at column 4.
		assertError(file, file + ":3:4: expected 3 columns as in the header, found 2");
	}

	@Test
	void tooManyColumnsNamesTheFirstExtraCell() throws Exception {
		Path file = write("a,b,y\n1,2,0,9\n");
		assertError(file, file + ":2:7: expected 3 columns as in the header, found 4");
	}

	@Test
	void aNonNumericCellIsNamedWithItsColumn() throws Exception {
		Path file = write("a,b,y\n1,2,0\n1,abc,1\n");
		assertError(file, file + ":3:3: 'abc' in column 'b' is not a number");
	}

	@Test
	void anEmptyCellIsNamed() throws Exception {
		Path file = write("a,b,y\n1,,1\n");
		assertError(file, file + ":2:3: empty cell in column 'b' is not a number");
	}

	@Test
	void aClassLabelMustBeAWholeNumber() throws Exception {
		Path file = write("a,b,y\n1,2,0.5\n");
		assertError(file, file + ":2:5: a class label must be a whole number 0, 1, 2, …; found 0.5");
	}

	@Test
	void aMissingFileIsNamed() {
		Path file = folder.resolve("missing.csv");
		assertError(file, file + ":0:0: file not found");
	}

	@Test
	void anUnknownLabelColumnListsTheColumns() throws Exception {
		Path file = write("a,b,y\n1,2,0\n");
		CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvReader.read(file, "label", true));
		assertEquals(file + ":1:1: no column named 'label' for the label; the columns are a, b, y", e.getMessage());
	}

	private void assertError(Path file, String message) {
		CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvReader.read(file, null, true));
		assertEquals(message, e.getMessage());
	}

	private Path write(String text) throws IOException {
		return Files.writeString(folder.resolve("data.csv"), text);
	}
}
