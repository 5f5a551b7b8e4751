package org.aiaas.diagram.overlay;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.DiagramEdge;
import org.aiaas.diagram.DiagramNode;
import org.aiaas.diagram.Overlay;
import org.aiaas.diagram.viewpoint.TopologyViewpoint;
import org.aiaas.model.Link;
import org.aiaas.model.NamedElement;

/**
 * The figures of one variant of a {@code results.json} (schema {@code aiaas-results/1}, see
 * docs/results-schema.md) that a topology diagram can show: the mean utilisation of each node
 * ({@code utilization}), the uplink and downlink utilisation of each cell ({@code cells}) and the
 * utilisation of each transport link ({@code links}, offered bits / bandwidth).
 *
 * @param variant   the variant's name
 * @param nodes     node name → mean utilisation (0..1); nodes whose utilisation is null are absent
 * @param cells     cell name → uplink and downlink utilisation
 * @param links     "source -> target" → mean utilisation; links whose utilisation is null are absent
 */
public record ResultsOverlay(String variant, Map<String, Double> nodes, Map<String, CellLoad> cells,
		Map<String, Double> links) {

	/** The radio load of a cell: share of measured time with a transfer active; null when undefined. */
	public record CellLoad(Double uplink, Double downlink) {
	}

	public static final String SCHEMA = "aiaas-results/1";

	public ResultsOverlay {
		Objects.requireNonNull(variant, "variant");
		nodes = Map.copyOf(nodes);
		cells = Map.copyOf(cells);
		links = Map.copyOf(links);
	}

	/** An overlay without link figures (results of scenarios without transport links). */
	public ResultsOverlay(String variant, Map<String, Double> nodes, Map<String, CellLoad> cells) {
		this(variant, nodes, cells, Map.of());
	}

	/**
	 * Reads {@code file} and picks the variant named {@code variant}, or the first one when it is null.
	 *
	 * @throws IOException      when the file cannot be read
	 * @throws ResultsException when it is not a results file of this schema, or has no such variant
	 */
	public static ResultsOverlay read(Path file, String variant) throws IOException, ResultsException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (MalformedInputException e) {
			throw new ResultsException(file + ": not UTF-8 text, so not a results.json");
		}
		Object json;
		try {
			json = JsonReader.parse(text);
		} catch (JsonReader.SyntaxException e) {
			throw new ResultsException(file + ":" + e.line() + ":" + e.column() + ": invalid JSON: " + e.getMessage());
		}
		return of(json, file.toString(), variant);
	}

	/** The overlay of an already-parsed results document; {@code source} names it in messages. */
	public static ResultsOverlay of(Object json, String source, String variant) throws ResultsException {
		Map<?, ?> root = object(json, source, "the document");
		if (!SCHEMA.equals(root.get("schema"))) {
			throw new ResultsException(source + ": not an aiaas results file (\"schema\" is " + quoted(root.get("schema"))
					+ ", expected \"" + SCHEMA + "\")");
		}
		List<?> variants = array(root.get("variants"), source, "\"variants\"");
		if (variants.isEmpty()) {
			throw new ResultsException(source + ": \"variants\" is empty: the run produced no results");
		}
		List<String> names = new ArrayList<>();
		for (int i = 0; i < variants.size(); i++) {
			Map<?, ?> candidate = object(variants.get(i), source, "variants[" + i + "]");
			String name = String.valueOf(candidate.get("name"));
			names.add(name);
			if (variant == null || variant.equals(name)) {
				return variant(candidate, name, source, "variants[" + i + "]");
			}
		}
		throw new ResultsException(source + ": no variant named '" + variant + "' (variants: " + String.join(", ", names) + ")");
	}

	private static ResultsOverlay variant(Map<?, ?> variant, String name, String source, String where)
			throws ResultsException {
		Map<String, Double> nodes = new LinkedHashMap<>();
		Map<?, ?> utilisation = object(variant.get("utilization"), source, where + ".utilization");
		for (Map.Entry<?, ?> entry : utilisation.entrySet()) {
			if (entry.getValue() != null) {
				nodes.put(String.valueOf(entry.getKey()), number(entry.getValue(), source,
						where + ".utilization." + entry.getKey()));
			}
		}
		Map<String, CellLoad> cells = new LinkedHashMap<>();
		if (variant.get("cells") != null) {
			Map<?, ?> all = object(variant.get("cells"), source, where + ".cells");
			for (Map.Entry<?, ?> entry : all.entrySet()) {
				String at = where + ".cells." + entry.getKey();
				Map<?, ?> cell = object(entry.getValue(), source, at);
				cells.put(String.valueOf(entry.getKey()), new CellLoad(mean(cell, "uplinkUtilization", source, at),
						mean(cell, "downlinkUtilization", source, at)));
			}
		}
		Map<String, Double> links = new LinkedHashMap<>();
		if (variant.get("links") != null) {
			Map<?, ?> all = object(variant.get("links"), source, where + ".links");
			for (Map.Entry<?, ?> entry : all.entrySet()) {
				String at = where + ".links." + entry.getKey();
				Double linkUtilisation = mean(object(entry.getValue(), source, at), "utilization", source, at);
				if (linkUtilisation != null) {
					links.put(String.valueOf(entry.getKey()), linkUtilisation);
				}
			}
		}
		return new ResultsOverlay(name, nodes, cells, links);
	}

	/**
	 * Puts the figures on the diagram's node and cell boxes and link lines (before its layout,
	 * which makes room for them) and returns how many elements got one.
	 */
	public int applyTo(Diagram diagram) {
		int applied = 0;
		for (DiagramNode node : diagram.nodes()) {
			String name = node.element() instanceof NamedElement named ? named.getName() : null;
			if (node.mapping().equals(TopologyViewpoint.NODE) && nodes.containsKey(name)) {
				double level = nodes.get(name);
				node.setOverlay(new Overlay("util " + percent(level), level));
				applied++;
			} else if (node.mapping().equals(TopologyViewpoint.CELL) && cells.containsKey(name)) {
				CellLoad load = cells.get(name);
				double level = Math.max(load.uplink() == null ? 0 : load.uplink(), load.downlink() == null ? 0 : load.downlink());
				node.setOverlay(new Overlay("UL " + percent(load.uplink()) + " · DL " + percent(load.downlink()), level));
				applied++;
			}
		}
		for (DiagramEdge edge : diagram.edges()) {
			if (edge.mapping().equals(TopologyViewpoint.LINK) && edge.element() instanceof Link link
					&& link.getSource() != null && link.getTarget() != null) {
				Double level = links.get(link.getSource().getName() + " -> " + link.getTarget().getName());
				if (level != null) {
					edge.setOverlay(new Overlay("util " + percent(level), level));
					applied++;
				}
			}
		}
		return applied;
	}

	/** A share as a whole percentage ("46 %"), "—" when undefined. */
	static String percent(Double share) {
		return share == null ? "—" : String.format(Locale.ROOT, "%.0f %%", share * 100);
	}

	private static Double mean(Map<?, ?> owner, String key, String source, String where) throws ResultsException {
		Object metric = owner.get(key);
		if (metric == null) {
			return null;
		}
		Object mean = object(metric, source, where + "." + key).get("mean");
		return mean == null ? null : number(mean, source, where + "." + key + ".mean");
	}

	private static Map<?, ?> object(Object value, String source, String where) throws ResultsException {
		if (value instanceof Map<?, ?> map) {
			return map;
		}
		throw new ResultsException(source + ": " + where + " should be an object, found " + kind(value));
	}

	private static List<?> array(Object value, String source, String where) throws ResultsException {
		if (value instanceof List<?> list) {
			return list;
		}
		throw new ResultsException(source + ": " + where + " should be an array, found " + kind(value));
	}

	private static double number(Object value, String source, String where) throws ResultsException {
		if (value instanceof Double number && number >= 0) {
			return number;
		}
		throw new ResultsException(source + ": " + where + " should be a number of 0 or more, found " + quoted(value));
	}

	private static String kind(Object value) {
		return value == null ? "null or nothing" : value instanceof String ? "a string" : value instanceof List ? "an array"
				: value instanceof Map ? "an object" : value instanceof Double ? "a number" : "true/false";
	}

	private static String quoted(Object value) {
		return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
	}
}
