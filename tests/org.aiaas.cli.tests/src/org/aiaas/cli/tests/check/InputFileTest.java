package org.aiaas.cli.tests.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.aiaas.cli.ExitCode;
import org.aiaas.cli.check.InputFile;
import org.aiaas.cli.tests.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each class of bad input gets one clear line instead of a parser message or a stack trace. A file
 * that cannot be read at all (missing, directory, too large) is an I/O problem: a line on stderr and
 * exit 2. A file that was read but holds no scenario text (empty, binary, not UTF-8) is an error in
 * that file: a {@code FILE:LINE:COLUMN: error:} line on stdout, placed where the problem is, and
 * exit 1. A wrong extension is only a warning.
 */
class InputFileTest {

	/** 20 MiB: the limit InputFile documents; a hand-written scenario is a few KB. */
	private static final long LIMIT = 20L * 1024 * 1024;

	@TempDir
	Path folder;

	private String write(String name, byte[] bytes) throws IOException {
		Path file = folder.resolve(name);
		Files.write(file, bytes);
		return file.toString();
	}

	@Test
	void theLimitIs20MegabytesAsDocumented() {
		assertEquals(LIMIT, InputFile.SIZE_LIMIT_BYTES);
	}

	@Test
	void aMissingFileIsAnIoErrorAndTheOthersAreStillChecked() throws IOException {
		String missing = folder.resolve("nowhere.aiaas").toString();
		String valid = write("valid.aiaas", CheckCommandTest.VALID.getBytes(StandardCharsets.UTF_8));
		Cli.Result result = Cli.run("check", missing, valid);
		assertEquals(ExitCode.USAGE_OR_IO, result.exit(), result.transcript());
		assertEquals(List.of(), result.out());
		assertEquals(List.of("aiaas: error: " + missing + ": no such file",
				"1 file checked (1 not readable): 0 errors, 0 warnings"), result.err());
	}

	@Test
	void aDirectoryIsRefusedWithAHintToNameItsFiles() {
		String dir = folder.toString();
		Cli.Result result = Cli.run("check", dir);
		assertEquals(ExitCode.USAGE_OR_IO, result.exit(), result.transcript());
		assertEquals(List.of("aiaas: error: " + dir + ": is a directory; name the .aiaas files in it, e.g. " + dir
				+ "/*.aiaas", "0 files checked (1 not readable): 0 errors, 0 warnings"), result.err());
	}

	@Test
	void aDirectoryTypedWithASlashGetsTheSameHint() {
		String dir = folder.toString();
		Cli.Result result = Cli.run("check", dir + "/");
		assertEquals(ExitCode.USAGE_OR_IO, result.exit(), result.transcript());
		assertEquals("aiaas: error: " + dir + "/: is a directory; name the .aiaas files in it, e.g. " + dir + "/*.aiaas",
				result.err().get(0));
	}

	@Test
	void anEmptyFileIsAnErrorAtItsStart() throws IOException {
		String file = write("empty.aiaas", new byte[0]);
		Cli.Result result = Cli.run("check", file);
		assertEquals(ExitCode.ERRORS, result.exit(), result.transcript());
		assertEquals(List.of(file + ":1:1: error: the file is empty; a scenario starts with 'scenario NAME {'"),
				result.out());
		assertEquals(List.of("1 file checked: 1 error, 0 warnings"), result.err());
	}

	@Test
	void aFileWithOnlyAByteOrderMarkIsEmptyToo() throws IOException {
		String file = write("bom.aiaas", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		Cli.Result result = Cli.run("check", file);
		assertEquals(ExitCode.ERRORS, result.exit(), result.transcript());
		assertEquals(List.of(file + ":1:1: error: the file is empty; a scenario starts with 'scenario NAME {'"),
				result.out());
	}

	@Test
	void aNulByteMakesTheFileBinaryAndIsPlacedWhereItIs() throws IOException {
		// "scenario Q {\n" is 13 bytes (offsets 0-12); "  no" takes 13-16, so the NUL is at offset 17:
		// line 2, column 17 - 13 + 1 = 5.
		String file = write("nul.aiaas", "scenario Q {\n  no\0de server cloud { }\n}\n".getBytes(StandardCharsets.UTF_8));
		Cli.Result result = Cli.run("check", file);
		assertEquals(ExitCode.ERRORS, result.exit(), result.transcript());
		assertEquals(List.of(file + ":2:5: error: the file is binary (a NUL byte at offset 17), not a scenario text"),
				result.out());
	}

	@Test
	void latin1TextIsNotValidUtf8AndTheBadByteIsNamed() throws IOException {
		// "scenario Café {" saved as ISO-8859-1: 'é' is the single byte 0xE9 at offset 12 (line 1,
		// column 13); followed by a space it is no valid UTF-8 sequence.
		String file = write("latin1.aiaas", "scenario Café {\n}\n".getBytes(StandardCharsets.ISO_8859_1));
		Cli.Result result = Cli.run("check", file);
		assertEquals(ExitCode.ERRORS, result.exit(), result.transcript());
		assertEquals(List.of(file + ":1:13: error: the file is not valid UTF-8 (byte 0xE9 at offset 12); save it as UTF-8 text"),
				result.out());
	}

	@Test
	void aFileOverTheLimitIsRefusedWithoutBeingRead() throws IOException {
		Path big = folder.resolve("big.aiaas");
		try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
			file.setLength(LIMIT + 1); // sparse: takes no disk space
		}
		Cli.Result result = Cli.run("check", big.toString());
		assertEquals(ExitCode.USAGE_OR_IO, result.exit(), result.transcript());
		// 20 × 1024 × 1024 = 20,971,520; one byte more is 20,971,521 (digits grouped the same in every locale).
		assertEquals(List.of("aiaas: error: " + big + ": is too large for a scenario (20,971,521 bytes; the limit is 20 MB,"
				+ " 20,971,520 bytes)", "0 files checked (1 not readable): 0 errors, 0 warnings"), result.err());
	}

	@Test
	void theSizeMessageIsTheSameInEveryLocale() throws IOException {
		// A German locale groups digits with '.', which once made the line read "20.971.521 bytes".
		Path big = folder.resolve("big.aiaas");
		try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
			file.setLength(LIMIT + 1);
		}
		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.GERMANY);
		try {
			Cli.Result result = Cli.run("check", big.toString());
			assertEquals("aiaas: error: " + big + ": is too large for a scenario (20,971,521 bytes; the limit is 20 MB,"
					+ " 20,971,520 bytes)", result.err().get(0));
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void aFileOfExactlyTheLimitIsStillRead() throws IOException {
		// The limit is inclusive: a 20 MiB file passes the size check. Being all zero bytes, it is then
		// binary from offset 0.
		Path edge = folder.resolve("edge.aiaas");
		try (RandomAccessFile file = new RandomAccessFile(edge.toFile(), "rw")) {
			file.setLength(LIMIT);
		}
		Cli.Result result = Cli.run("check", edge.toString());
		assertEquals(ExitCode.ERRORS, result.exit(), result.transcript());
		assertEquals(List.of(edge + ":1:1: error: the file is binary (a NUL byte at offset 0), not a scenario text"),
				result.out());
	}

	@Test
	void aWrongExtensionIsOnlyAWarning() throws IOException {
		String file = write("queue.txt", CheckCommandTest.VALID.getBytes(StandardCharsets.UTF_8));
		Cli.Result result = Cli.run("check", file);
		assertEquals(ExitCode.OK, result.exit(), result.transcript());
		assertEquals(List.of(file + ":1:1: warning: the file name does not end in .aiaas; checking it as a scenario anyway"),
				result.out());
		assertEquals(List.of("1 file checked: 0 errors, 1 warning"), result.err());
	}
}
