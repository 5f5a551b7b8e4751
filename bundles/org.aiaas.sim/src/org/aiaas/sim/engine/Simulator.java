package org.aiaas.sim.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.aiaas.model.Scenario;
import org.aiaas.sim.api.Progress;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;

/**
 * Runs a scenario: every variant, every replication (in parallel on the configured threads), and
 * combines the replications into estimates with confidence intervals. Deterministic for a seed:
 * each replication has its own random streams and results are combined in a fixed order.
 */
public final class Simulator {

	private Simulator() {
	}

	/**
	 * @throws ScenarioException     if the scenario cannot be simulated, with a message for the user
	 * @throws CancellationException if {@code progress} asked to stop
	 */
	public static SimulationResult run(Scenario scenario, RunOptions options, Progress progress) {
		return run(SweepCompiler.compile(scenario, options), options, progress);
	}

	public static SimulationResult run(Plan plan, RunOptions options, Progress progress) {
		return run(List.of(plan), options, progress);
	}

	/**
	 * Runs the variants of every plan (the points of a sweep share duration, warm-up, replications
	 * and seed) and reports them in plan order, then variant order.
	 */
	public static SimulationResult run(List<Plan> plans, RunOptions options, Progress progress) {
		for (Plan plan : plans) {
			if (plan.needsPredictedSizes() && plan.sizeEstimator() == null) {
				throw new ScenarioException(PredictedSizes.MISSING);
			}
		}
		Plan first = plans.get(0);
		int replications = first.replications();
		List<Plan> planOf = new ArrayList<>();
		List<Plan.VariantPlan> variants = new ArrayList<>();
		for (Plan plan : plans) {
			for (Plan.VariantPlan variant : plan.variants()) {
				planOf.add(plan);
				variants.add(variant);
			}
		}
		progress.begin("simulating " + first.scenario(), (double) variants.size() * replications * first.duration());
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), variants.size() * replications),
				runnable -> {
					Thread thread = new Thread(runnable, "aiaas-replication");
					thread.setDaemon(true);
					return thread;
				});
		try {
			List<List<Future<ReplicationOutcome>>> futures = new ArrayList<>();
			for (int v = 0; v < variants.size(); v++) {
				Plan plan = planOf.get(v);
				Plan.VariantPlan variant = variants.get(v);
				List<Future<ReplicationOutcome>> perVariant = new ArrayList<>();
				for (int r = 0; r < replications; r++) {
					int replication = r;
					perVariant.add(pool.submit(() -> runUnlessCanceled(plan, variant, replication, progress)));
				}
				futures.add(perVariant);
			}
			List<VariantResult> results = new ArrayList<>();
			for (int v = 0; v < variants.size(); v++) {
				List<ReplicationOutcome> outcomes = new ArrayList<>();
				for (Future<ReplicationOutcome> future : futures.get(v)) {
					outcomes.add(await(future));
				}
				if (outcomes.stream().anyMatch(o -> o.canceled)) {
					throw new CancellationException("the simulation was cancelled");
				}
				results.add(VariantAggregator.aggregate(planOf.get(v), variants.get(v), outcomes));
			}
			return new SimulationResult(first.scenario(), first.seed(), replications, first.duration(), first.warmup(),
					List.copyOf(results), predictorOf(plans));
		} finally {
			pool.shutdownNow();
		}
	}

	/**
	 * The learned predictor's summary for results.json: the first plan's that has one (each point
	 * of a sweep learns its own; they differ only where the swept parameter changes service times).
	 */
	private static org.aiaas.sim.api.PredictorSummary predictorOf(List<Plan> plans) {
		return plans.stream().map(Plan::predictor).filter(java.util.Objects::nonNull).findFirst().orElse(null);
	}

	/**
	 * A replication still queued when the user cancels is not started: otherwise each of them
	 * would run until its first cancel check, and cancelling thousands of replications would take
	 * minutes.
	 */
	private static ReplicationOutcome runUnlessCanceled(Plan plan, Plan.VariantPlan variant, int replication,
			Progress progress) {
		if (progress.isCanceled()) {
			ReplicationOutcome skipped = new ReplicationOutcome();
			skipped.canceled = true;
			return skipped;
		}
		return new ReplicationRun(plan, variant, replication, replication == 0).run(progress);
	}

	/**
	 * Times one replication of the first variant on the calling thread, for benchmarks.
	 *
	 * @return events processed, requests that arrived, and the wall-clock seconds it took
	 */
	public static RunFigures timeOneReplication(Plan plan) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
		long cpuStart = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
		long start = System.nanoTime();
		ReplicationOutcome outcome = new ReplicationRun(plan, plan.variants().get(0), 0, false).run(Progress.NONE);
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = cpuTime ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : seconds;
		return new RunFigures(outcome.events, outcome.offered, outcome.completed, seconds, cpuSeconds);
	}

	/**
	 * What one timed replication did.
	 *
	 * @param cpuSeconds the CPU time of the running thread (its wall time where the JVM cannot tell):
	 *                   unlike wall time, not inflated by other processes on a busy machine
	 */
	public record RunFigures(long events, long arrivals, long completed, double wallSeconds, double cpuSeconds) {
	}

	private static ReplicationOutcome await(Future<ReplicationOutcome> future) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancellationException("interrupted");
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("a replication failed: " + cause, cause);
		}
	}
}
