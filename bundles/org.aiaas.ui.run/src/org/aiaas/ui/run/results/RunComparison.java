package org.aiaas.ui.run.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;
import org.aiaas.sim.report.MetricKey;
import org.aiaas.sim.report.Numbers;

/**
 * Two runs side by side: for each variant present in both (matched by name; two single-variant
 * runs are matched whatever their names) and each metric, run A, run B, the difference B − A and
 * whether it is clear — the two 95 % intervals do not overlap — or within the noise.
 */
public final class RunComparison {

	/** How B compares with A on one metric. */
	public enum Verdict {
		HIGHER("B higher"), LOWER("B lower"), OVERLAP("intervals overlap"), UNKNOWN("no interval");

		private final String text;

		Verdict(String text) {
			this.text = text;
		}

		public String text() {
			return text;
		}
	}

	/** One line of the comparison table. */
	public record Row(String variant, String metric, String a, String b, String difference, Verdict verdict) {
	}

	private RunComparison() {
	}

	public static List<Row> of(SimulationResult a, SimulationResult b) {
		List<Row> rows = new ArrayList<>();
		for (VariantResult va : a.variants()) {
			Optional<VariantResult> match = partner(va, a, b);
			if (match.isEmpty()) {
				continue;
			}
			VariantResult vb = match.get();
			Set<String> keys = new LinkedHashSet<>(MetricKey.reportedKeys(va));
			keys.addAll(MetricKey.reportedKeys(vb));
			for (String key : keys) {
				MetricValue ma = MetricKey.valueOf(va, key);
				MetricValue mb = MetricKey.valueOf(vb, key);
				if (!ma.isDefined() && !mb.isDefined()) {
					continue;
				}
				String variant = va.name().equals(vb.name()) ? va.name() : va.name() + " / " + vb.name();
				rows.add(new Row(variant, SummaryModel.label(key), Numbers.meanAndCi(ma, ""), Numbers.meanAndCi(mb, ""),
						ma.isDefined() && mb.isDefined() ? Numbers.format(mb.mean() - ma.mean()) : "—",
						verdict(ma, mb)));
			}
		}
		return rows;
	}

	/**
	 * Clear when the 95 % intervals [mean ± ci95] are disjoint, i.e. |B − A| exceeds the sum of
	 * the half-widths (a conservative test: overlap does not prove equality).
	 */
	public static Verdict verdict(MetricValue a, MetricValue b) {
		if (!a.isDefined() || !b.isDefined() || a.ci95() == null || b.ci95() == null) {
			return Verdict.UNKNOWN;
		}
		double difference = b.mean() - a.mean();
		if (Math.abs(difference) <= a.ci95() + b.ci95()) {
			return Verdict.OVERLAP;
		}
		return difference > 0 ? Verdict.HIGHER : Verdict.LOWER;
	}

	private static Optional<VariantResult> partner(VariantResult va, SimulationResult a, SimulationResult b) {
		Optional<VariantResult> byName = b.variants().stream().filter(v -> v.name().equals(va.name())).findFirst();
		if (byName.isPresent()) {
			return byName;
		}
		return a.variants().size() == 1 && b.variants().size() == 1 ? Optional.of(b.variants().get(0))
				: Optional.empty();
	}

	/**
	 * Both runs as one, variants renamed "A: name" and "B: name", so every chart shows them side by
	 * side.
	 */
	public static SimulationResult merged(SimulationResult a, SimulationResult b) {
		List<VariantResult> variants = new ArrayList<>();
		a.variants().forEach(v -> variants.add(renamed(v, "A: " + v.name())));
		b.variants().forEach(v -> variants.add(renamed(v, "B: " + v.name())));
		return new SimulationResult(a.scenario() + " vs " + b.scenario(), a.seed(), a.replications(), a.durationS(),
				a.warmupS(), List.copyOf(variants));
	}

	private static VariantResult renamed(VariantResult v, String name) {
		return new VariantResult(name, v.offered(), v.completed(), v.lost(), v.lostByCause(), v.metrics(), v.nodes(),
				v.responseCdf(), v.warnings(), v.cells());
	}
}
