package org.aiaas.cli.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aiaas.cli.tests.Cli;
import org.aiaas.model.Scenario;
import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.Progress;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.engine.PilotRun;
import org.aiaas.sim.engine.Plan;
import org.aiaas.sim.engine.PlanCompiler;
import org.aiaas.sim.engine.PredictedSizes;
import org.aiaas.sim.engine.RunOptions;
import org.aiaas.sim.engine.ServiceTimeSamples;
import org.aiaas.sim.engine.Simulator;
import org.aiaas.train.api.ServiceTimeRegression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sizes predicted}: a neural network (ND4J) learns service times from a pilot run and SJF
 * orders by its predictions. The scenario is examples/queueing/learned-sjf.aiaas: one H100, slots 1,
 * LLM chat (size = prefill 28 µs per prompt token + decode 5.2 ms per answer token: observable;
 * served by the node's continuous-batching engine, one sequence at a time) and tool calls
 * (exponential 400 ms: not observable; on the node's slot beside the LLM engine).
 */
class LearnedSizesTest {

	static final String SCENARIO = "scenario LearnedSjf { seed 11 duration %s warmup 10 min replications 5\n"
			+ "  node server cloud { gpus 1 x H100 slots 1 queue 100000 efficiency 0.5 }\n"
			+ "  model llama7b { llm params 7 B layers 32 heads 32 kvheads 32 headdim 128 precision fp16 }\n"
			+ "  workload chat at server { model llama7b arrivals poisson 1 /s"
			+ " prompt lognormal mean 512 tokens sd 512 tokens output lognormal mean 128 tokens sd 256 tokens }\n"
			+ "  workload tools at server { arrivals poisson 0.4 /s service exponential 400 ms }\n"
			+ "  compare scheduler fcfs, sjf { sizes predicted }, sjf { sizes declared }\n}\n";

	private static final RunOptions OPTIONS = new RunOptions(OptionalInt.empty(), OptionalLong.empty(), 2);

	@TempDir
	Path folder;

	private Plan plan(String duration, OptionalInt replications, OptionalLong seed) throws IOException {
		Path file = folder.resolve("learned-sjf.aiaas");
		String text = String.format(SCENARIO, duration);
		Files.writeString(file, text);
		var loader = Cli.loader();
		Scenario scenario = (Scenario) loader.load(loader.newResourceSet(), file, text).getContents().get(0);
		return PlanCompiler.compile(scenario, new RunOptions(replications, seed, 2));
	}

	private static MetricValue response(SimulationResult result, String variant) {
		return result.variants().stream().filter(v -> v.name().equals(variant)).findFirst().orElseThrow()
				.metrics().get("meanResponseS");
	}

	@Test
	void thePredictorExplainsHeldOutTimesAndPredictedSizesLieBetweenFcfsAndTrueSizes() throws IOException {
		Plan plan = plan("4 h", OptionalInt.empty(), OptionalLong.empty());
		ServiceTimeSamples samples = PilotRun.collect(plan, PredictedSizes.PILOT_SAMPLES);
		ServiceTimeRegression.Fit fit = new ServiceTimeRegression().fit(samples, plan.seed());
		double r2 = fit.summary().r2();
		System.out.println("learned sizes: " + fit.summary());
		// Variance of the size (per request, mixing weights 1/1.4 and 0.4/1.4):
		//   chat: decode 5.2 ms × sd 256 tokens ≈ 1.33 s sd → 1.77 s², fully explained by the tokens;
		//   tools: exponential 0.4 s → 0.16 s², not explained by anything observable.
		//   total ≈ 0.714 · 1.77 + 0.286 · 0.16 + (mean difference)² term ≈ 1.32 s²,
		// so the best possible R² ≈ 1 − 0.286 · 0.16 / 1.32 ≈ 0.965. A fit must reach 0.9; above 0.99 it
		// would have seen the true sizes it must not know.
		assertTrue(r2 >= 0.9, "held-out R² " + r2 + " (" + fit.summary() + ")");
		assertTrue(r2 < 0.99, "held-out R² " + r2 + " is better than the observable features allow");
		assertEquals(PredictedSizes.PILOT_SAMPLES, fit.summary().samples());
		assertEquals(1000, fit.summary().heldOutSamples(), "20 % of 5000 held out");
		assertEquals(4000, fit.summary().trainSamples(), "70 % training + 10 % validation");

		SimulationResult result = Simulator.run(plan.withPredictor(fit.estimator(), fit.summary()), OPTIONS,
				Progress.NONE);
		MetricValue fcfs = response(result, "fcfs");
		MetricValue predicted = response(result, "sjf sizes predicted");
		MetricValue ideal = response(result, "sjf");
		System.out.println("learned sizes: mean response fcfs " + fcfs + ", sjf predicted " + predicted + ", sjf true "
				+ ideal);
		// SJF with true sizes is optimal among non-preemptive orders; the predictor orders chat requests
		// almost right but tool calls only by their mean, so it recovers most, not all, of the gain.
		assertTrue(predicted.mean() + predicted.ci95() < fcfs.mean() - fcfs.ci95(),
				"SJF(predicted) " + predicted + " below FCFS " + fcfs + " with disjoint 95 % intervals");
		assertTrue(ideal.mean() < predicted.mean(), "SJF(true) " + ideal + " < SJF(predicted) " + predicted);
		// The gap to true sizes is a few per cent, smaller than how much a heavy-tailed queue's mean
		// varies from one replication to the next, so those two intervals overlap. The variants see
		// the same arrivals and sizes (common random numbers), so the paired difference per
		// replication is what shows the gap: over 10 independent replications (seeds 1 … 10) its 95 %
		// Student-t interval, mean ± t(0.975, 9) · s / √10 with t = 2.262, must lie above 0.
		double[] differences = new double[10];
		for (int seed = 1; seed <= differences.length; seed++) {
			Plan one = plan("4 h", OptionalInt.of(1), OptionalLong.of(seed)).withPredictor(fit.estimator(), fit.summary());
			SimulationResult paired = Simulator.run(one, OPTIONS, Progress.NONE);
			differences[seed - 1] = response(paired, "sjf sizes predicted").mean() - response(paired, "sjf").mean();
		}
		double mean = Arrays.stream(differences).average().orElseThrow();
		double sd = Math.sqrt(Arrays.stream(differences).map(d -> (d - mean) * (d - mean)).sum() / 9);
		double half = 2.262 * sd / Math.sqrt(10);
		System.out.println("learned sizes: SJF(predicted) − SJF(true) per replication " + Arrays.toString(differences)
				+ ", mean " + mean + " ± " + half);
		assertTrue(mean - half > 0, "paired difference " + mean + " ± " + half + " must be above 0");
	}

	@Test
	void theSameSeedGivesTheSameFit() throws IOException {
		ServiceTimeSamples some = PilotRun.collect(plan("4 h", OptionalInt.empty(), OptionalLong.empty()), 600);
		ServiceTimeRegression.Fit first = new ServiceTimeRegression().fit(some, 5);
		assertEquals(first.summary(), new ServiceTimeRegression().fit(some, 5).summary());
		assertTrue(Arrays.equals(first.heldOutPredicted(), new ServiceTimeRegression().fit(some, 5).heldOutPredicted()));
	}

	@Test
	void theRunPrintsTheRecoveredGainAndWritesThePredictor() throws IOException {
		Path file = folder.resolve("learned-sjf.aiaas");
		Files.writeString(file, String.format(SCENARIO, "4 h"));
		Path out = folder.resolve("out");
		Cli.Result result = Cli.run("run", file.toString(), "--out", out.toString());
		assertEquals(0, result.exit(), result.transcript());
		System.out.println("learned sizes: " + result.transcript());
		String json = Files.readString(out.resolve("results.json"));
		double[] fcfs = meanResponse(json, "fcfs");
		double[] predicted = meanResponse(json, "sjf sizes predicted");
		double[] ideal = meanResponse(json, "sjf");
		// The same run through the command line: the same ordering (the intervals of the two SJF
		// variants overlap; the paired comparison in the test above shows their difference).
		assertTrue(ideal[0] < predicted[0], "SJF(true) " + Arrays.toString(ideal) + " < SJF(predicted) "
				+ Arrays.toString(predicted));
		assertTrue(predicted[0] + predicted[1] < fcfs[0] - fcfs[1], "SJF(predicted) " + Arrays.toString(predicted)
				+ " < FCFS " + Arrays.toString(fcfs));
		double share = (fcfs[0] - predicted[0]) / (fcfs[0] - ideal[0]);
		assertTrue(result.err().stream().anyMatch(l -> l.contains("learning service times for 'sizes predicted'")),
				result.transcript());
		assertTrue(result.out().stream().anyMatch(l -> l.startsWith("predictor R² 0.9")), result.transcript());
		String recovered = String.format(java.util.Locale.ROOT, "sjf sizes predicted recovers %.0f %% of the gain of sjf over fcfs",
				100 * share);
		assertTrue(result.out().contains(recovered), recovered + "\n" + result.transcript());
		for (String key : new String[] { "\"predictor\"", "\"samples\": 5000", "\"heldOutSamples\": 1000", "\"r2\"",
				"\"r2Log\"", "\"recoveredGain\"", "\"variant\": \"sjf sizes predicted\"" }) {
			assertTrue(json.contains(key), key + " in " + json.substring(json.indexOf("\"predictor\"")));
		}
		assertTrue(Files.readString(out.resolve("report.html")).contains(recovered));
	}

	/** {mean, ci95} of meanResponseS of the named variant in results.json. */
	private static double[] meanResponse(String json, String variant) {
		int at = json.indexOf("\"name\": \"" + variant + "\"");
		assertTrue(at >= 0, "variant " + variant);
		Matcher m = Pattern.compile("\"meanResponseS\": \\{\"mean\": ([0-9.eE+-]+), \"ci95\": ([0-9.eE+-]+)")
				.matcher(json);
		assertTrue(m.find(at), "meanResponseS of " + variant);
		return new double[] { Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)) };
	}
}
