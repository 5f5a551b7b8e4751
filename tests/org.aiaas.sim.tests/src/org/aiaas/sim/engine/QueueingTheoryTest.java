package org.aiaas.sim.engine;

import static org.aiaas.sim.engine.SimulationFixture.metric;
import static org.aiaas.sim.engine.SimulationFixture.run;
import static org.aiaas.sim.engine.SimulationFixture.variant;
import static org.aiaas.sim.engine.TheoryAssertions.assertMatchesTheory;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;
import org.junit.jupiter.api.Test;

/**
 * The engine reproduces queueing theory: each test names its formula, computes the value from the
 * scenario's parameters, and checks the simulated estimate against it (inside the confidence
 * interval and within 3 %).
 */
class QueueingTheoryTest {

	/** One node, one workload arriving at it; {@code node} and {@code service} vary per test. */
	private static String queue(String settings, String node, String workload, String policy) {
		return "scenario Q {\n  " + settings + "\n  node server cloud { " + node + " }\n"
				+ "  workload jobs at server { " + workload + " }\n  " + policy + "\n}\n";
	}

	@Test
	void mm1WaitingAndResponseTimes() {
		// M/M/1: λ = 8/s, μ = 10/s, ρ = 0.8. Wq = ρ/(μ − λ) = 0.8/2 = 0.4 s; W = 1/(μ − λ) = 0.5 s.
		SimulationResult result = run(queue("seed 11 duration 20000 s warmup 200 s replications 10", "slots 1",
				"arrivals poisson 8 /s service exponential 100 ms", "scheduler fcfs"));
		VariantResult fcfs = variant(result, "fcfs");
		assertMatchesTheory("M/M/1 Wq", 0.4, metric(fcfs, "meanWaitS"));
		assertMatchesTheory("M/M/1 W", 0.5, metric(fcfs, "meanResponseS"));
		// The response time of M/M/1 FCFS is exponential with rate μ − λ = 2: median ln 2 / 2.
		assertMatchesTheory("M/M/1 median W", Math.log(2) / 2, metric(fcfs, "p50ResponseS"));
		// Utilisation = ρ; throughput = λ.
		assertMatchesTheory("M/M/1 utilisation", 0.8, fcfs.nodes().get(0).utilization());
		assertMatchesTheory("M/M/1 throughput", 8, metric(fcfs, "throughputPerS"));
	}

	@Test
	void mmcErlangC() {
		// M/M/16 with ρ = 0.9: λ = 14.4/s, E[S] = 1 s. Erlang C gives P(wait); Wq = C / (cμ − λ).
		int c = 16;
		double lambda = 14.4;
		double mu = 1;
		double erlangC = erlangC(c, lambda / mu);
		double wq = erlangC / (c * mu - lambda);
		SimulationResult result = run(queue("seed 12 duration 40000 s warmup 1000 s replications 10", "slots 16",
				"arrivals poisson 14.4 /s service exponential 1 s", ""));
		assertMatchesTheory("M/M/16 Wq (Erlang C = " + erlangC + ")", wq, metric(variant(result, "fcfs"), "meanWaitS"));
	}

	@Test
	void md1PollaczekKhinchine() {
		// M/D/1: λ = 8/s, D = 100 ms, ρ = 0.8. Wq = ρ·D / (2(1 − ρ)) = 0.08 / 0.4 = 0.2 s.
		SimulationResult result = run(queue("seed 13 duration 20000 s warmup 200 s replications 10", "slots 1",
				"arrivals poisson 8 /s service constant 100 ms", ""));
		assertMatchesTheory("M/D/1 Wq", 0.2, metric(variant(result, "fcfs"), "meanWaitS"));
	}

	@Test
	void mg1PollaczekKhinchineWithUniformService() {
		// M/G/1, S uniform on [0, 200 ms]: E[S] = 0.1 s, E[S²] = 0.2²/3 = 0.013333 s².
		// Wq = λ·E[S²] / (2(1 − ρ)) = 8 · 0.013333 / 0.4 = 0.26667 s.
		SimulationResult result = run(queue("seed 14 duration 20000 s warmup 200 s replications 10", "slots 1",
				"arrivals poisson 8 /s service uniform 0.001 ms .. 200 ms", ""));
		double es2 = (Math.pow(0.2, 3) - Math.pow(1e-6, 3)) / (3 * (0.2 - 1e-6));
		double rho = 8 * (0.2 + 1e-6) / 2;
		assertMatchesTheory("M/G/1 Wq", 8 * es2 / (2 * (1 - rho)), metric(variant(result, "fcfs"), "meanWaitS"));
	}

	@Test
	void mm1kBlockingProbability() {
		// M/M/1/K with K = 5 (1 in service + 4 waiting), ρ = 0.8:
		// P_K = (1 − ρ) ρ^K / (1 − ρ^(K+1)) = 0.2 · 0.32768 / 0.737856 = 0.088818 = the loss rate.
		double rho = 0.8;
		double pk = (1 - rho) * Math.pow(rho, 5) / (1 - Math.pow(rho, 6));
		SimulationResult result = run(queue("seed 15 duration 20000 s warmup 200 s replications 10",
				"slots 1 queue 4", "arrivals poisson 8 /s service exponential 100 ms", ""));
		VariantResult fcfs = variant(result, "fcfs");
		assertMatchesTheory("M/M/1/5 blocking", pk, metric(fcfs, "lossRate"));
		assertTrue(fcfs.lostByCause().get("queue") > 0, "losses are counted under 'queue'");
	}

	@Test
	void roundRobinApproachesProcessorSharingUnderHighVariance() {
		// Hyper-exponential sizes: 90 % exponential 10 ms, 10 % exponential 910 ms; E[S] = 0.1 s,
		// E[S²] = 0.9·2·0.01² + 0.1·2·0.91² = 0.16580 s². λ = 8/s, ρ = 0.8.
		// Processor sharing (M/G/1-PS): E[T] = E[S]/(1 − ρ) = 0.5 s, whatever the distribution.
		// FCFS (Pollaczek–Khinchine): E[T] = E[S] + λE[S²]/(2(1 − ρ)) = 0.1 + 3.316 = 3.416 s.
		String service = "arrivals poisson 8 /s service mixture { 0.9 : exponential 10 ms, 0.1 : exponential 910 ms }";
		SimulationResult result = run(queue("seed 16 duration 20000 s warmup 500 s replications 10", "slots 1",
				service, "compare scheduler fcfs, rr { slice 1 ms }"));
		double es2 = 0.9 * 2 * 0.01 * 0.01 + 0.1 * 2 * 0.91 * 0.91;
		double fcfsResponse = 0.1 + 8 * es2 / (2 * 0.2);
		assertMatchesTheory("M/G/1-PS E[T] via rr", 0.5, metric(variant(result, "rr slice 1 ms"), "meanResponseS"));
		double fcfs = metric(variant(result, "fcfs"), "meanResponseS").mean();
		assertTrue(Math.abs(fcfs - fcfsResponse) <= 0.1 * fcfsResponse,
				"FCFS under the same sizes follows Pollaczek–Khinchine (" + fcfsResponse + "), got " + fcfs);
		assertTrue(fcfs > 5 * 0.5, "round robin must clearly beat FCFS here: " + fcfs + " vs 0.5");
	}

	@Test
	void nonPreemptiveSjfFollowsCobham() {
		// Two size classes, half 50 ms, half 150 ms; λ = 5/s: ρ1 = 0.125, ρ2 = 0.375, ρ = 0.5.
		// W0 = λE[S²]/2 = 5 · (0.5·0.05² + 0.5·0.15²) / 2 = 0.03125 s.
		// Cobham: W1 = W0/(1 − ρ1) = 0.035714, W2 = W0/((1 − ρ1)(1 − ρ)) = 0.071429; mean 0.053571 s.
		// FCFS for comparison: W0/(1 − ρ) = 0.0625 s.
		SimulationResult result = run(queue("seed 17 duration 40000 s warmup 200 s replications 10", "slots 1",
				"arrivals poisson 5 /s service mixture { 0.5 : constant 50 ms, 0.5 : constant 150 ms }",
				"compare scheduler sjf, fcfs"));
		double w0 = 5 * (0.5 * 0.05 * 0.05 + 0.5 * 0.15 * 0.15) / 2;
		double cobham = 0.5 * w0 / (1 - 0.125) + 0.5 * w0 / ((1 - 0.125) * (1 - 0.5));
		assertMatchesTheory("SJF (Cobham) mean wait", cobham, metric(variant(result, "sjf"), "meanWaitS"));
		assertMatchesTheory("FCFS mean wait", w0 / (1 - 0.5), metric(variant(result, "fcfs"), "meanWaitS"));
	}

	@Test
	void srptBeatsSjfBeatsFcfsUnderHighVariance() {
		// With common random numbers, the order of mean response times is a theorem for SRPT
		// (optimal) and holds clearly for SJF over FCFS at these sizes.
		SimulationResult result = run(queue("seed 18 duration 5000 s warmup 200 s replications 5", "slots 1",
				"arrivals poisson 8 /s service mixture { 0.9 : exponential 10 ms, 0.1 : exponential 910 ms }",
				"compare scheduler fcfs, sjf, srpt"));
		double fcfs = metric(variant(result, "fcfs"), "meanResponseS").mean();
		double sjf = metric(variant(result, "sjf"), "meanResponseS").mean();
		double srpt = metric(variant(result, "srpt"), "meanResponseS").mean();
		assertTrue(srpt < sjf && sjf < fcfs, "expected SRPT < SJF < FCFS, got " + srpt + ", " + sjf + ", " + fcfs);
	}

	/** Erlang C: probability that an arrival waits in M/M/c with offered load a = λ/μ. */
	static double erlangC(int c, double a) {
		double term = 1;
		double sum = 1;
		for (int k = 1; k < c; k++) {
			term *= a / k;
			sum += term;
		}
		double last = term * a / c;
		double rho = a / c;
		double waitTerm = last / (1 - rho);
		return waitTerm / (sum + waitTerm);
	}
}
