package org.aiaas.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.aiaas.cli.check.ScenarioLoader;
import org.aiaas.model.Scenario;
import org.aiaas.sim.engine.Plan;
import org.aiaas.sim.engine.PlanCompiler;
import org.aiaas.sim.engine.RunOptions;
import org.aiaas.sim.engine.Simulator;
import org.aiaas.sim.engine.Simulator.RunFigures;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The engine's figures: events per second on one thread for M/M/16 at ρ = 0.9, and time and
 * memory for 10^6 and 10^7 requests (to see that time grows linearly and memory does not grow).
 * Run with a small heap (AIAAS_JAVA_OPTS=-Xmx256m) to show the 10^7 run fits in it.
 */
final class EngineBenchmark {

	/** λ = 14.4/s, exponential 1 s service on 16 slots: ρ = 0.9. */
	private static final double LAMBDA = 14.4;

	private final ScenarioLoader loader;
	private final PrintStream out;

	EngineBenchmark(ScenarioLoader loader, PrintStream out) {
		this.loader = loader;
		this.out = out;
	}

	void run(int rounds) throws IOException {
		out.printf(Locale.ROOT, "engine: M/M/16, λ = %.1f/s, E[S] = 1 s, ρ = 0.9, fcfs, one thread, max heap %d MB%n",
				LAMBDA, Runtime.getRuntime().maxMemory() / 1048576);
		Plan warmup = plan(100_000);
		Simulator.timeOneReplication(warmup);
		Simulator.timeOneReplication(warmup);
		Plan million = plan(1_000_000);
		double[] rates = new double[rounds];
		RunFigures figures = null;
		for (int i = 0; i < rounds; i++) {
			figures = Simulator.timeOneReplication(million);
			rates[i] = figures.events() / figures.wallSeconds();
		}
		Arrays.sort(rates);
		out.printf(Locale.ROOT, "10^6 requests: %,d events in %.2f s (last round); events/s over %d rounds: median %,.0f,"
				+ " best %,.0f%n", figures.events(), figures.wallSeconds(), rounds, rates[rounds / 2], rates[rounds - 1]);
		resetPeaks();
		RunFigures ten = Simulator.timeOneReplication(plan(10_000_000));
		out.printf(Locale.ROOT, "10^7 requests: %,d events in %.2f s, %,.0f events/s; %.2f µs per request (10^6: %.2f µs)%n",
				ten.events(), ten.wallSeconds(), ten.events() / ten.wallSeconds(), 1e6 * ten.wallSeconds() / ten.arrivals(),
				1e6 * figures.wallSeconds() / figures.arrivals());
		out.printf(Locale.ROOT, "peak heap used during the 10^7 run: %.0f MB (max heap %d MB); peak resident set of the"
				+ " process: %s%n", peakHeap() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576, peakRss());
		network(Math.max(7, rounds));
	}

	/**
	 * 10 cells × 1,000 devices for 10 simulated minutes (5G uplink/downlink, backhaul, WAN,
	 * latency-aware placement, roofline service): speed against real time, and the cost per
	 * request against the pure queueing engine. Each round runs the M/M/16 queue (10^6 requests)
	 * and then the network scenario, so both see the same load on the machine; the cost is the
	 * thread's CPU time per request (wall time counts the time other processes hold the core), and
	 * the figure is the median of the rounds' ratios, after warm-up runs.
	 */
	private void network(int rounds) throws IOException {
		StringBuilder text = new StringBuilder("scenario City { seed 3 duration 10 min warmup 0 s replications 1\n");
		text.append("  node cloud1 cloud { gpus 8 x H100 }\n");
		for (int c = 0; c < 10; c++) {
			text.append(String.format(Locale.ROOT, "  node edge%d edge { gpus 1 x L4 }\n"
					+ "  link edge%d -> cloud1 { bandwidth 10 Gbps latency 10 ms }\n"
					+ "  cell gnb%d { band n78 bandwidth 100 MHz backhaul edge%d latency 1 ms }\n"
					+ "  devices phones%d { count 1000 in gnb%d distance 20 m .. 300 m }\n"
					+ "  workload w%d from phones%d { model net arrivals poisson 50 /s }\n", c, c, c, c, c, c, c, c));
		}
		text.append("  model net { params 25.6 M flops 8.2 GFLOP input 40 KB output 1 KB }\n  placement latency-aware\n}\n");
		XtextResource resource = loader.load(loader.newResourceSet(), Path.of("city.aiaas"), text.toString());
		Plan plan = PlanCompiler.compile((Scenario) resource.getContents().get(0),
				new RunOptions(OptionalInt.of(1), OptionalLong.empty(), 1));
		Plan queueing = plan(1_000_000);
		Simulator.timeOneReplication(plan);
		Simulator.timeOneReplication(plan);
		double[] queueingMicros = new double[rounds];
		double[] networkMicros = new double[rounds];
		double[] ratios = new double[rounds];
		RunFigures figures = null;
		for (int i = 0; i < rounds; i++) {
			RunFigures pure = Simulator.timeOneReplication(queueing);
			figures = Simulator.timeOneReplication(plan);
			queueingMicros[i] = 1e6 * pure.cpuSeconds() / pure.arrivals();
			networkMicros[i] = 1e6 * figures.cpuSeconds() / figures.arrivals();
			ratios[i] = networkMicros[i] / queueingMicros[i];
		}
		Arrays.sort(queueingMicros);
		Arrays.sort(networkMicros);
		Arrays.sort(ratios);
		out.printf(Locale.ROOT, "network: 10 cells × 1,000 devices, 10 simulated minutes, %,d requests, %,d events"
				+ " (%.2f per request) in %.2f s (last round): %.0f× faster than real time%n",
				figures.arrivals(), figures.events(), (double) figures.events() / figures.arrivals(), figures.wallSeconds(),
				600 / figures.wallSeconds());
		out.printf(Locale.ROOT, "network cost per request (CPU time, %d rounds alternating with M/M/16): median %.2f µs"
				+ " against the pure queueing engine's %.2f µs; ratio median %.2f× (min %.2f×, max %.2f×)%n", rounds,
				networkMicros[rounds / 2], queueingMicros[rounds / 2], ratios[rounds / 2], ratios[0], ratios[rounds - 1]);
	}

	/** M/M/16 running long enough for about {@code requests} arrivals; no warm-up cut. */
	private Plan plan(long requests) throws IOException {
		double duration = requests / LAMBDA;
		String text = String.format(Locale.ROOT, "scenario Bench { seed 7 duration %.0f s warmup 0 s replications 1\n"
				+ "  node server cloud { slots 16 }\n"
				+ "  workload jobs at server { arrivals poisson %.1f /s service exponential 1 s }\n}\n", duration, LAMBDA);
		XtextResource resource = loader.load(loader.newResourceSet(), Path.of("bench.aiaas"), text);
		return PlanCompiler.compile((Scenario) resource.getContents().get(0),
				new RunOptions(OptionalInt.of(1), OptionalLong.empty(), 1));
	}

	private static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

	/** VmHWM from /proc/self/status (Linux), or "unknown". */
	private static String peakRss() {
		try {
			return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
					.map(l -> l.substring(6).trim()).findFirst().orElse("unknown");
		} catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}
}
