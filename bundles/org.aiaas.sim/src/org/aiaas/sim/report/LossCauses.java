package org.aiaas.sim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.aiaas.sim.api.VariantResult;

/**
 * The causes of loss in report order: the four the engine knows (queue full, deadline, memory,
 * radio) always, so scripts can rely on them, then any other cause, sorted.
 */
public final class LossCauses {

	/** The causes every report lists, with 0 when nothing was lost that way. */
	public static final List<String> KNOWN = List.of("queue", "deadline", "memory", "radio");

	private LossCauses() {
	}

	/** The causes to report across all {@code variants}, so every variant has the same columns. */
	public static List<String> reported(List<VariantResult> variants) {
		TreeSet<String> extra = new TreeSet<>();
		for (VariantResult v : variants) {
			extra.addAll(causes(v).keySet());
		}
		extra.removeAll(KNOWN);
		List<String> all = new ArrayList<>(KNOWN);
		all.addAll(extra);
		return all;
	}

	/** The number lost to {@code cause}, 0 when the variant does not mention it. */
	public static long count(VariantResult variant, String cause) {
		Long n = causes(variant).get(cause);
		return n == null ? 0 : n;
	}

	private static Map<String, Long> causes(VariantResult variant) {
		return variant.lostByCause() == null ? Map.of() : variant.lostByCause();
	}
}
