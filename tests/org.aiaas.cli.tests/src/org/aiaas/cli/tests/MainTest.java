package org.aiaas.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aiaas.cli.ExitCode;
import org.aiaas.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher: help and version succeed (exit 0, on stdout, so they can be piped); every
 * usage mistake is one line naming the mistake, a pointer to --help, and exit 2 (ExitCode).
 */
class MainTest {

	private static final String SEE_HELP = "Run 'aiaas --help' for usage.";

	@Test
	void helpListsEveryRegisteredCommandOnStdout() {
		// The real registration (Main.defaultCommands), so a command that is not registered fails here.
		Cli.Result result = Cli.run(Main.defaultCommands(), "--help");
		assertEquals(ExitCode.OK, result.exit(), result.transcript());
		assertTrue(result.out().contains("  aiaas check FILE..."), result.transcript());
		assertTrue(result.out().contains("  aiaas bench [language|engine|diagram|training] [--warmup N] [--rounds N]"),
				result.transcript());
		assertTrue(result.out().contains("  aiaas diagram FILE --svg OUT.svg [--png OUT.png] [--results results.json"
				+ " [--variant NAME]] [--scale N]"), result.transcript());
		assertTrue(result.out().contains("  aiaas run FILE [--out DIR] [--replications N] [--seed N] [--json FILE] [--threads N]"),
				result.transcript());
		assertTrue(result.out().contains("Usage: aiaas COMMAND [ARGS...]"), result.transcript());
		assertEquals(List.of(), result.err());
	}

	@Test
	void theShortHelpOptionIsTheSame() {
		assertEquals(Cli.run(Main.defaultCommands(), "--help"), Cli.run(Main.defaultCommands(), "-h"));
	}

	@Test
	void versionIsOneLineStartingWithTheProgramName() {
		Cli.Result result = Cli.run("--version");
		assertEquals(ExitCode.OK, result.exit(), result.transcript());
		assertEquals(1, result.out().size(), result.transcript());
		assertTrue(result.out().get(0).startsWith("aiaas "), result.transcript());
		// "aiaas VERSION (Java N...)": which JVM runs it is the first question of any bug report.
		assertTrue(result.out().get(0).contains("(Java " + Runtime.version().feature()), result.transcript());
	}

	@Test
	void noArgumentsPrintsTheUsageOnStderrAndExits2() {
		Cli.Result result = Cli.run();
		assertEquals(ExitCode.USAGE_OR_IO, result.exit());
		assertEquals(List.of(), result.out());
		assertTrue(result.err().contains("Usage: aiaas COMMAND [ARGS...]"), result.transcript());
	}

	@Test
	void anUnknownCommandNamesItAndTheKnownOnes() {
		Cli.Result result = Cli.run("chek", "a.aiaas");
		assertEquals(ExitCode.USAGE_OR_IO, result.exit());
		assertEquals(List.of(), result.out());
		assertEquals(List.of("aiaas: unknown command 'chek' (commands: check, run, train, infer, bench)", SEE_HELP), result.err());
	}

	@Test
	void anUnknownGlobalOptionIsAUsageError() {
		Cli.Result result = Cli.run("--frobnicate");
		assertEquals(ExitCode.USAGE_OR_IO, result.exit());
		assertEquals(List.of("aiaas: unknown option '--frobnicate'", SEE_HELP), result.err());
	}

	@Test
	void anUnknownOptionOfCheckIsAUsageError() {
		Cli.Result result = Cli.run("check", "--strict", "a.aiaas");
		assertEquals(ExitCode.USAGE_OR_IO, result.exit());
		assertEquals(List.of("aiaas: check: unknown option '--strict'", SEE_HELP), result.err());
	}

	@Test
	void checkWithoutFilesIsAUsageError() {
		Cli.Result result = Cli.run("check");
		assertEquals(ExitCode.USAGE_OR_IO, result.exit());
		assertEquals(List.of("aiaas: check: no files given (usage: aiaas check FILE...)", SEE_HELP), result.err());
	}

	@Test
	void checkWithOnlyTheEndOfOptionsMarkerHasNoFilesEither() {
		Cli.Result result = Cli.run("check", "--");
		assertEquals(ExitCode.USAGE_OR_IO, result.exit());
		assertEquals(List.of("aiaas: check: no files given (usage: aiaas check FILE...)", SEE_HELP), result.err());
	}

	@Test
	void helpOfOneCommandShowsOnlyThatCommand() {
		Cli.Result result = Cli.run("check", "--help");
		assertEquals(ExitCode.OK, result.exit(), result.transcript());
		assertEquals("Usage:", result.out().get(0));
		assertEquals("  aiaas check FILE...", result.out().get(1));
		assertTrue(result.out().stream().noneMatch(line -> line.contains("aiaas bench")), result.transcript());
	}

	@Test
	void aBadBenchArgumentIsAUsageErrorBeforeAnythingIsGenerated() {
		Cli.Result result = Cli.run("bench", "--rounds", "0");
		assertEquals(ExitCode.USAGE_OR_IO, result.exit());
		// --rounds needs at least one measured round (else there is no median): the range is 1..10000.
		assertEquals(List.of("aiaas: bench: --rounds needs a whole number from 1 to 10000, not '0'", SEE_HELP),
				result.err());
		assertEquals(List.of(), result.out());
	}
}
