package org.aiaas.sim.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.VariantResult;

/**
 * The metrics of a variant in the one order every report uses (results.json, results.csv,
 * report.html), with the label and unit a reader sees. The LLM serving metrics (time to first
 * token, time between tokens, LLM end to end) appear only for variants with LLM workloads. The order and the meaning of each key are
 * documented in docs/results-schema.md; scripts may rely on the keys.
 */
public enum MetricKey {

	MEAN_WAIT("meanWaitS", "Mean waiting time", "s"),
	MEAN_RESPONSE("meanResponseS", "Mean response time", "s"),
	P50_RESPONSE("p50ResponseS", "Median response time", "s"),
	P95_RESPONSE("p95ResponseS", "95th percentile response time", "s"),
	P99_RESPONSE("p99ResponseS", "99th percentile response time", "s"),
	LOSS_RATE("lossRate", "Loss rate", ""),
	THROUGHPUT("throughputPerS", "Throughput", "req/s"),
	SLA_ATTAINMENT("slaAttainment", "SLA attainment", ""),
	JAIN_FAIRNESS("jainFairness", "Jain fairness", ""),
	MEAN_TTFT("meanTtftS", "Mean time to first token", "s", true),
	P50_TTFT("p50TtftS", "Median time to first token", "s", true),
	P95_TTFT("p95TtftS", "95th percentile time to first token", "s", true),
	P99_TTFT("p99TtftS", "99th percentile time to first token", "s", true),
	MEAN_TBT("meanTbtS", "Mean time between tokens", "s", true),
	P50_TBT("p50TbtS", "Median time between tokens", "s", true),
	P95_TBT("p95TbtS", "95th percentile time between tokens", "s", true),
	MEAN_LLM_END_TO_END("meanLlmEndToEndS", "Mean LLM end-to-end time", "s", true),
	P95_LLM_END_TO_END("p95LlmEndToEndS", "95th percentile LLM end-to-end time", "s", true),
	LLM_PREEMPTIONS("llmPreemptionsPerS", "LLM preemptions", "1/s", true);

	/** The reason written for a documented metric that the engine did not report. */
	public static final String NOT_COMPUTED = "not computed by this run";

	private final String key;
	private final String label;
	private final String unit;
	/** Reported only when the engine computed it (the LLM metrics, for variants with LLM workloads). */
	private final boolean onlyWhenPresent;

	MetricKey(String key, String label, String unit) {
		this(key, label, unit, false);
	}

	MetricKey(String key, String label, String unit, boolean onlyWhenPresent) {
		this.key = key;
		this.label = label;
		this.unit = unit;
		this.onlyWhenPresent = onlyWhenPresent;
	}

	/** The key in results.json and results.csv, e.g. {@code meanWaitS}. */
	public String key() {
		return key;
	}

	/** What a person reads, e.g. "Mean waiting time". */
	public String label() {
		return label;
	}

	/** "s", "req/s", or empty for ratios in 0..1. */
	public String unit() {
		return unit;
	}

	public static Optional<MetricKey> of(String key) {
		return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
	}

	/**
	 * The keys to report for a variant: every documented key in documented order, then any other
	 * key the engine added, sorted, so that the order never depends on the map's iteration order.
	 */
	public static List<String> reportedKeys(VariantResult variant) {
		TreeSet<String> extra = new TreeSet<>(variant.metrics() == null ? List.of() : variant.metrics().keySet());
		List<String> keys = new ArrayList<>();
		for (MetricKey k : values()) {
			if (!k.onlyWhenPresent || extra.contains(k.key)) {
				keys.add(k.key);
			}
			extra.remove(k.key);
		}
		keys.addAll(extra);
		return keys;
	}

	/** The value of {@code key}, or undefined with {@link #NOT_COMPUTED} when the engine left it out. */
	public static MetricValue valueOf(VariantResult variant, String key) {
		Map<String, MetricValue> metrics = variant.metrics();
		MetricValue value = metrics == null ? null : metrics.get(key);
		return value != null ? value : MetricValue.undefined(NOT_COMPUTED);
	}
}
