package org.aiaas.cli.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aiaas.cli.tests.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `aiaas run`: results files, the summary, and every way a run is refused. */
class RunCommandTest {

	@TempDir
	Path folder;

	private Path scenario(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	private static final String MM1 = "scenario MM1 { seed 5 duration 2000 s warmup 100 s replications 3\n"
			+ "  node server cloud { slots 1 }\n"
			+ "  workload jobs at server { arrivals poisson 8 /s service exponential 100 ms }\n}\n";

	@Test
	void writesTheThreeFilesAndASummary() throws IOException {
		Path out = folder.resolve("out");
		Cli.Result result = Cli.run("run", scenario("mm1.aiaas", MM1).toString(), "--out", out.toString());
		assertEquals(0, result.exit(), result.transcript());
		for (String file : List.of("results.json", "results.csv", "report.html")) {
			assertTrue(Files.size(out.resolve(file)) > 0, file + " written");
		}
		String json = Files.readString(out.resolve("results.json"));
		for (String key : List.of("\"scenario\"", "\"variants\"", "\"meanWaitS\"", "\"meanResponseS\"", "\"p95ResponseS\"",
				"\"lossRate\"", "\"throughputPerS\"", "\"utilization\"", "\"lostByCause\"")) {
			assertTrue(json.contains(key), "results.json has " + key);
		}
		assertTrue(result.out().get(0).startsWith("MM1: 3 replications of 2000 s (warm-up 100 s), seed 5"),
				result.transcript());
		assertTrue(result.out().stream().anyMatch(l -> l.startsWith("fcfs ")), "a row for the fcfs variant");
		try (var files = Files.list(out)) {
			assertEquals(3, files.count(), "no temporary files are left behind");
		}
	}

	@Test
	void seedAndReplicationsFromTheCommandLine() throws IOException {
		Path json = folder.resolve("r.json");
		Cli.Result result = Cli.run("run", scenario("mm1.aiaas", MM1).toString(), "--out", folder.resolve("o").toString(),
				"--seed", "99", "--replications", "2", "--json", json.toString());
		assertEquals(0, result.exit(), result.transcript());
		String text = Files.readString(json);
		assertTrue(text.contains("\"seed\": 99") || text.contains("\"seed\":99"), text.substring(0, 200));
		assertTrue(text.contains("\"replications\": 2") || text.contains("\"replications\":2"));
	}

	@Test
	void aScenarioWithErrorsIsNotSimulated() throws IOException {
		Path bad = scenario("bad.aiaas", MM1.replace("100 ms", "100 Gbps"));
		Path out = folder.resolve("none");
		Cli.Result result = Cli.run("run", bad.toString(), "--out", out.toString());
		assertEquals(1, result.exit(), result.transcript());
		assertTrue(result.out().get(0).endsWith("error: '100 Gbps' is a data rate, but 'service' expects a time"
				+ " (ns, us, ms, s, min, h, d)"), result.transcript());
		assertTrue(result.err().contains("aiaas: run: fix the errors above first; nothing was simulated"));
		assertFalse(Files.exists(out));
	}

	@Test
	void aNetworkScenarioReportsItsCells() throws IOException {
		Path file = scenario("net.aiaas", "scenario Net { seed 4 duration 300 s warmup 30 s replications 2\n"
				+ "  node edge1 edge { gpus 1 x L4 }\n"
				+ "  cell c { band n78 bandwidth 20 MHz backhaul edge1 latency 1 ms }\n  devices phones { count 10 in c }\n"
				+ "  model m { params 25.6 M flops 8.2 GFLOP input 40 KB output 1 KB }\n"
				+ "  workload w from phones { model m arrivals poisson 2 /s }\n}\n");
		Path out = folder.resolve("o");
		Cli.Result result = Cli.run("run", file.toString(), "--out", out.toString());
		assertEquals(0, result.exit(), result.transcript());
		String json = Files.readString(out.resolve("results.json"));
		for (String key : List.of("\"cells\"", "\"peakDlMbps\"", "\"peakUlMbps\"", "\"meanUplinkS\"", "\"outageShare\"",
				"\"radio\"", "\"energyJ\"")) {
			assertTrue(json.contains(key), "results.json has " + key);
		}
	}

	@Test
	void aSweepRunsOneVariantPerValueAndTheSummaryPrintsLinksAndTrainingJobs() throws IOException {
		Path file = scenario("sweep.aiaas", "scenario S { seed 4 duration 300 s warmup 30 s replications 2\n"
				+ "  gpu A { fp16 100 TFLOPS memory 80 GB bandwidth 2 TB/s }\n"
				+ "  model m { params 10 M }\n"
				+ "  node server cloud { gpus 4 x A }\n"
				+ "  node trainer cloud { gpus 4 x A }\n"
				+ "  training pretrain { model m corpus 419430400 tokens on trainer }\n"
				+ "  workload jobs at server { arrivals poisson 8 /s service exponential 100 ms }\n"
				+ "  sweep server.slots values 1, 2\n}\n");
		Path out = folder.resolve("sweep-out");
		Cli.Result result = Cli.run("run", file.toString(), "--out", out.toString());
		assertEquals(0, result.exit(), result.transcript());
		assertTrue(result.out().stream().anyMatch(l -> l.startsWith("fcfs · server.slots=1 ")), result.transcript());
		assertTrue(result.out().stream().anyMatch(l -> l.startsWith("fcfs · server.slots=2 ")), result.transcript());
		assertTrue(result.out().stream().anyMatch(l -> l.startsWith("training pretrain (fcfs · server.slots=1): ")
				&& l.contains("on 4 accelerators (trainer), 100 steps")), result.transcript());
		assertFalse(result.transcript().contains("not run yet"), "sweeps are run now");
		String json = Files.readString(out.resolve("results.json"));
		assertTrue(json.contains("\"sweep\"") && json.contains("\"trainingJobs\""), json.substring(0, 300));
	}

	@Test
	void outOfRangeOptionsNameTheAllowedRange() throws IOException {
		String file = scenario("mm1.aiaas", MM1).toString();
		Cli.Result zero = Cli.run("run", file, "--replications", "0");
		assertEquals(2, zero.exit());
		assertEquals("aiaas: run: --replications must be 1 to 10000, got 0", zero.err().get(0));
		Cli.Result words = Cli.run("run", file, "--seed", "abc");
		assertEquals("aiaas: run: --seed needs a whole number, got 'abc'", words.err().get(0));
		Cli.Result none = Cli.run("run");
		assertEquals("aiaas: run: no scenario file given (usage: aiaas run FILE)", none.err().get(0));
	}

	@Test
	void anUnstableScenarioRunsAndWarns() throws IOException {
		// λ = 12/s, E[S] = 100 ms on one slot: ρ = 1.2 — the run completes and says why the numbers grow.
		Path file = scenario("unstable.aiaas", MM1.replace("poisson 8 /s", "poisson 12 /s"));
		Cli.Result result = Cli.run("run", file.toString(), "--out", folder.resolve("o").toString());
		assertEquals(0, result.exit(), result.transcript());
		assertTrue(result.out().stream().anyMatch(l -> l.startsWith("warning: fcfs: unstable: node server is offered"
				+ " ρ = 1.20 ≥ 1; its queue grows without bound")), result.transcript());
	}

	@Test
	void aWarningEveryVariantSharesIsPrintedOnce() throws IOException {
		// The same unstable node under two schedulers: the scenario's warning is the same for both
		// variants, so it is printed once for all of them, not once per variant.
		Path file = scenario("unstable2.aiaas", MM1.replace("poisson 8 /s", "poisson 12 /s")
				.replace("\n}\n", "\n  compare scheduler fcfs, sjf\n}\n"));
		Cli.Result result = Cli.run("run", file.toString(), "--out", folder.resolve("o2").toString());
		assertEquals(0, result.exit(), result.transcript());
		assertEquals(1, result.out().stream().filter(l -> l.startsWith("warning: ") && l.contains("unstable: node server")).count(),
				result.transcript());
		assertTrue(result.out().stream().anyMatch(l -> l.startsWith("warning: every variant: unstable: node server")),
				result.transcript());
	}
}
