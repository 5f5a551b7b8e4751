package org.aiaas.cli.tests.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.aiaas.cli.ExitCode;
import org.aiaas.cli.tests.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aiaas check}: one line per finding, {@code FILE:LINE:COLUMN: severity: message}, sorted
 * by position, and a summary on stderr. The messages are those the language produces (see the
 * language's ValidationTest); the positions are counted by hand in the texts below (1-based).
 */
class CheckCommandTest {

	/** A stable M/M/1-like queue: ρ = 8 /s × 100 ms = 0.8 < 1, so no error and no warning. */
	static final String VALID = "scenario Q {\n" //
			+ "  node server cloud { slots 1 }\n" //
			+ "  workload jobs at server { arrivals poisson 8 /s service exponential 100 ms }\n" //
			+ "}\n";

	@TempDir
	Path folder;

	private String write(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file.toString();
	}

	@Test
	void aValidFileExits0WithoutDiagnosticLines() throws IOException {
		String file = write("valid.aiaas", VALID);
		Cli.Result result = Cli.run("check", file);
		assertEquals(ExitCode.OK, result.exit(), result.transcript());
		assertEquals(List.of(), result.out());
		assertEquals(List.of("1 file checked: 0 errors, 0 warnings"), result.err());
	}

	@Test
	void anUnknownReferenceIsOneLineWithASuggestion() throws IOException {
		// Line 3 "  workload jobs at servr {": 'servr' starts at column 20.
		String file = write("ref.aiaas", "scenario Q {\n  node server cloud { }\n"
				+ "  workload jobs at servr { arrivals poisson 1 /s service constant 1 ms }\n}\n");
		Cli.Result result = Cli.run("check", file);
		assertEquals(ExitCode.ERRORS, result.exit(), result.transcript());
		assertEquals(List.of(file + ":3:20: error: unknown node 'servr'; did you mean 'server'?"), result.out());
		assertEquals(List.of("1 file checked: 1 error, 0 warnings"), result.err());
	}

	@Test
	void findingsArePrintedByLineThenColumnWhateverOrderTheyAreFoundIn() throws IOException {
		// Xtext reports linking errors (line 3, column 20) before validation errors (line 2, and
		// line 3 column 67), so the printed order proves the sort.
		// Line 2 "  node server cloud { slots 1 slots 2 }": the second value "2" is at column 37.
		// Line 3 "  workload jobs at servr { arrivals poisson 1 /s service constant 1 Gbps }":
		// 'servr' is at column 20, "1 Gbps" at column 67.
		String file = write("three.aiaas", "scenario Q {\n" //
				+ "  node server cloud { slots 1 slots 2 }\n" //
				+ "  workload jobs at servr { arrivals poisson 1 /s service constant 1 Gbps }\n" //
				+ "}\n");
		Cli.Result result = Cli.run("check", file);
		assertEquals(ExitCode.ERRORS, result.exit(), result.transcript());
		assertEquals(List.of(
				file + ":2:37: error: 'slots' is given twice in node server (first at line 2); keep one",
				file + ":3:20: error: unknown node 'servr'; did you mean 'server'?",
				file + ":3:67: error: '1 Gbps' is a data rate, but 'service' expects a time (ns, us, ms, s, min, h, d)"),
				result.out());
		assertEquals(List.of("1 file checked: 3 errors, 0 warnings"), result.err());
	}

	@Test
	void warningsAloneExit0() throws IOException {
		// Line 4 "  scheduler fcfs { slice 10 ms }": "10 ms" starts at column 26; fcfs has no time slice.
		String file = write("warn.aiaas", "scenario Q {\n  node server cloud { }\n"
				+ "  workload jobs at server { arrivals poisson 1 /s service constant 1 ms }\n"
				+ "  scheduler fcfs { slice 10 ms }\n}\n");
		Cli.Result result = Cli.run("check", file);
		assertEquals(ExitCode.OK, result.exit(), result.transcript());
		assertEquals(List.of(file + ":4:26: warning: 'slice' applies to rr only; fcfs ignores it"), result.out());
		assertEquals(List.of("1 file checked: 0 errors, 1 warning"), result.err());
	}

	@Test
	void filesArePrintedInTheOrderNamedAndOneBadFileFailsTheRun() throws IOException {
		String bad = write("bad.aiaas", "scenario Q {\n  node server cloud { }\n"
				+ "  workload jobs at servr { arrivals poisson 1 /s service constant 1 ms }\n}\n");
		String good = write("good.aiaas", VALID);
		Cli.Result result = Cli.run("check", good, bad, good);
		assertEquals(ExitCode.ERRORS, result.exit(), result.transcript());
		assertEquals(List.of(bad + ":3:20: error: unknown node 'servr'; did you mean 'server'?"), result.out());
		// good.aiaas is named twice but checked once: two distinct files.
		assertEquals(List.of("2 files checked: 1 error, 0 warnings"), result.err());
	}

	@Test
	void theFileIsPrintedAsTypedSoEditorsFindIt() throws IOException {
		write("typed.aiaas", "scenario Q {\n  node server cloud { }\n"
				+ "  workload jobs at servr { arrivals poisson 1 /s service constant 1 ms }\n}\n");
		// A relative name (e.g. "../../tmp/.../typed.aiaas") stays relative, not made absolute.
		String relative = Path.of("").toAbsolutePath().relativize(folder.resolve("typed.aiaas")).toString();
		Cli.Result result = Cli.run("check", relative);
		assertEquals(ExitCode.ERRORS, result.exit(), result.transcript());
		assertEquals(List.of(relative + ":3:20: error: unknown node 'servr'; did you mean 'server'?"), result.out());
	}

	@Test
	void everyShippedExampleChecksWithoutErrors() throws IOException {
		Path examples = Cli.repositoryRoot().resolve("examples");
		List<String> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(examples)) {
			walk.filter(p -> p.toString().endsWith(".aiaas")).sorted().forEach(p -> files.add(p.toString()));
		}
		// The examples folder holds 4 scenarios, 7 queueing models (M/M/1, M/D/1, M/M/1/K, M/M/c, PS/RR, SJF,
		// learned SJF) and 3 training scenarios (XOR, two moons, federated).
		assertEquals(14, files.size(), files::toString);
		List<String> args = new ArrayList<>(List.of("check"));
		args.addAll(files);
		Cli.Result result = Cli.run(args.toArray(String[]::new));
		assertEquals(ExitCode.OK, result.exit(), result.transcript());
		assertTrue(result.out().stream().noneMatch(line -> line.contains(": error: ")), result.transcript());
	}
}
