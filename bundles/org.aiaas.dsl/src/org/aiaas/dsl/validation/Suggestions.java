package org.aiaas.dsl.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "Did you mean …?" — the closest known name to a misspelt one, by edit distance. */
public final class Suggestions {

	private Suggestions() {
	}

	/**
	 * The candidate closest to {@code wanted}, if one is close enough to be a plausible typo: at
	 * most a third of the longer word differs, or they differ only in case.
	 */
	public static Optional<String> closest(String wanted, Collection<String> candidates) {
		List<String> plausible = ranked(wanted, candidates);
		return plausible.isEmpty() ? Optional.empty() : Optional.of(plausible.get(0));
	}

	/**
	 * Every plausible typo fix for {@code wanted} (see {@link #closest}), the closest first; equally
	 * close candidates keep their order in {@code candidates}. What quick fixes offer.
	 */
	public static List<String> ranked(String wanted, Collection<String> candidates) {
		if (wanted == null || wanted.isEmpty()) {
			return List.of();
		}
		List<String> plausible = new ArrayList<>();
		Map<String, Integer> distances = new HashMap<>();
		for (String candidate : candidates) {
			if (candidate == null || candidate.isEmpty() || candidate.equals(wanted) || distances.containsKey(candidate)) {
				continue;
			}
			int distance = candidate.equalsIgnoreCase(wanted) ? 0
					: distance(wanted.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
			int allowed = Math.max(1, Math.max(wanted.length(), candidate.length()) / 3);
			if (distance <= allowed) {
				plausible.add(candidate);
				distances.put(candidate, distance);
			}
		}
		plausible.sort(Comparator.comparingInt(distances::get));
		return plausible;
	}

	/** " Did you mean 'x'?" or the empty string. */
	public static String didYouMean(String wanted, Collection<String> candidates) {
		return closest(wanted, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
	}

	/** Levenshtein distance: insertions, deletions and substitutions. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
