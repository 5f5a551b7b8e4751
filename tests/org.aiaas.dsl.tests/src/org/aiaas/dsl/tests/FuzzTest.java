package org.aiaas.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Thousands of mutated examples go through parsing and validation; each must end in a list of
 * diagnostics with positions — never an exception, an error logged by a crashing check, or a
 * hang. Seeded, so a failure names a mutant that can be reproduced; bounded in count and time.
 */
class FuzzTest {

	private static final long SEED = 20261128L;
	private static final int MUTANTS = Integer.getInteger("aiaas.fuzz.mutants", 3000);
	private static final long BUDGET_MILLIS = Long.getLong("aiaas.fuzz.millis", 90_000L);
	private static final long ONE_MUTANT_TIMEOUT_SECONDS = 20;

	private static final String[] VOCABULARY = { "{", "}", "..", "->", ",", ":", "/", "$", "%", "-", ".", "\"",
			"\"unterminated", "/*", "*/", "//", "0", "-1", "1e999", "2.5", "99999999999999999999", "NaN", "ms",
			"GB/s", "Gbps", "B", "tokens", "$/h", "dBm", "node", "cell", "devices", "workload", "model", "gpu",
			"link", "import", "\"x.aiaas\"", "\"http://x/y.aiaas\"", "scenario", "library", "compare", "sweep",
			"scheduler", "rr", "mixture", "poisson", "at", "from", "in", "backhaul", "edge1", "H100", "x", "\u0000",
			"\u00b5s", "\u2192", "\t", "\n", "\r\n", "é", "\uFFFD" };

	private final CapturedErrors capturedErrors = new CapturedErrors();

	@BeforeEach
	void captureLoggedErrors() {
		Logger.getRootLogger().addAppender(capturedErrors);
	}

	@AfterEach
	void releaseLog() {
		Logger.getRootLogger().removeAppender(capturedErrors);
	}

	@Test
	void mutatedExamplesEndInDiagnosticsNeverInCrashes() throws Exception {
		List<String> seeds = new ArrayList<>();
		for (Path file : (Iterable<Path>) ExamplesTest.examples()::iterator) {
			seeds.add(Files.readString(file, StandardCharsets.UTF_8));
		}
		Random random = new Random(SEED);
		long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
		ExecutorService worker = Executors.newSingleThreadExecutor();
		int checked = 0;
		try {
			for (int i = 0; i < MUTANTS && System.currentTimeMillis() < deadline; i++) {
				String mutant = mutate(seeds.get(random.nextInt(seeds.size())), random);
				int number = i;
				Future<List<Issue>> outcome = worker.submit(() -> check(mutant, number));
				List<Issue> issues;
				try {
					issues = outcome.get(ONE_MUTANT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
				} catch (TimeoutException e) {
					outcome.cancel(true);
					fail("mutant " + i + " did not finish within " + ONE_MUTANT_TIMEOUT_SECONDS + " s:\n" + mutant);
					return;
				} catch (java.util.concurrent.ExecutionException e) {
					throw new AssertionError("mutant " + i + " threw " + e.getCause() + ":\n" + mutant, e.getCause());
				}
				for (Issue issue : issues) {
					assertTrue(issue.getMessage() != null && !issue.getMessage().isBlank(), "empty message, mutant " + i);
					assertTrue(issue.getLineNumber() != null && issue.getLineNumber() >= 1,
							"issue without a line in mutant " + i + ": " + issue.getMessage());
				}
				assertFalse(capturedErrors.any(), () -> "mutant " + number + " made a check crash: "
						+ capturedErrors.first() + "\n" + mutant);
				checked++;
			}
		} finally {
			worker.shutdownNow();
		}
		assertTrue(checked >= Math.min(MUTANTS, 500), "only " + checked + " mutants checked within the budget");
	}

	private static List<Issue> check(String text, int number) {
		ScenarioFixture fixture = new ScenarioFixture();
		Resource resource = fixture.parse(text, URI.createURI("memory:/fuzz/mutant" + number + ".aiaas"));
		return ScenarioFixture.validate(resource);
	}

	/** One to four edits: delete, insert a token, duplicate or swap lines, truncate, flip a digit. */
	static String mutate(String text, Random random) {
		StringBuilder builder = new StringBuilder(text);
		int edits = 1 + random.nextInt(4);
		for (int e = 0; e < edits && builder.length() > 0; e++) {
			int at = random.nextInt(builder.length());
			switch (random.nextInt(6)) {
			case 0 -> builder.delete(at, Math.min(builder.length(), at + 1 + random.nextInt(12)));
			case 1 -> builder.insert(at, " " + VOCABULARY[random.nextInt(VOCABULARY.length)] + " ");
			case 2 -> builder.setLength(at);
			case 3 -> {
				int end = builder.indexOf("\n", at);
				int start = builder.lastIndexOf("\n", at);
				if (end > start) {
					builder.insert(end, builder.substring(Math.max(0, start), end));
				}
			}
			case 4 -> {
				char c = builder.charAt(at);
				if (Character.isDigit(c)) {
					builder.setCharAt(at, (char) ('0' + random.nextInt(10)));
				} else {
					builder.insert(at, random.nextInt(1000));
				}
			}
			default -> builder.insert(at, (char) random.nextInt(0x3000));
			}
		}
		return builder.toString();
	}

	/** Errors logged while checking: Xtext logs, rather than throws, exceptions of validators. */
	private static final class CapturedErrors extends AppenderSkeleton {
		private final List<String> messages = new ArrayList<>();

		@Override
		protected synchronized void append(LoggingEvent event) {
			if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
				String detail = event.getThrowableInformation() == null ? ""
						: " " + String.join("\n  ", event.getThrowableStrRep());
				messages.add(event.getRenderedMessage() + detail);
			}
		}

		synchronized boolean any() {
			return !messages.isEmpty();
		}

		synchronized String first() {
			return messages.isEmpty() ? "" : messages.get(0);
		}

		@Override
		public void close() {
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}
	}
}
