import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks that a built p2 repository resolves: starting from the given installable units (our feature
 * groups), every mandatory requirement of every unit they reach must be met by a unit of the
 * repository itself or by the Java runtime running this check (its osgi.ee versions, a.jre and the
 * JDK's own packages, as p2's a.jre.javase unit describes the running JRE). A stock Eclipse IDE brings its platform bundles too; since our target
 * platform pins the Eclipse 4.39 release's versions, a self-contained repository also installs there
 * (the assumption, written out in README's install section).
 *
 * <pre>java releng/scripts/P2RepositoryCheck.java REPOSITORY_DIR ROOT... [--expect IU...]</pre>
 *
 * A root is a unit id or "category=NAME" (a category by its label). Each unit after --expect must be
 * reached from the roots: the build checks so that category "AIaaS Studio" offers both features.
 * With --bundles first it prints instead the jar names (plugins/ID_VERSION.jar) of the bundles the roots
 * reach, optional requirements included: ./aiaas takes the command line's class path from the core
 * feature that way, leaving out the workbench's UI bundles.
 *
 * Prints the units reached, one line per unmet requirement ("unit version: needs namespace name range")
 * and a summary; exits 1 if a requirement is unmet or a root is missing, 2 on unreadable input.
 * Platform filters are evaluated for linux/gtk/x86_64, the product's only environment; units and
 * requirements filtered to another platform are skipped, optional ones are not followed.
 */
public final class P2RepositoryCheck {

	private static final Map<String, List<String>> ENVIRONMENT = Map.of("osgi.os", List.of("linux"), "osgi.ws",
			List.of("gtk"), "osgi.arch", List.of("x86_64"));

	/** A provided capability; generic ones (eclipse.swt, osgi.service, ...) carry properties to match. */
	record Capability(String namespace, String name, String version, Map<String, List<String>> properties) {
		/** As p2 matches generic requirements: {namespace: name, version: version} and the properties. */
		Map<String, List<String>> matchable() {
			Map<String, List<String>> all = new LinkedHashMap<>(properties);
			all.put(namespace, List.of(name));
			all.put("version", List.of(version));
			return all;
		}
	}

	/** A requirement by name and version range, or (generic: name null) by a filter over capability properties. */
	record Requirement(String namespace, String name, String range, String match, boolean optional, String filter) {
		String describe() {
			return namespace + " " + (name != null ? name + " " + range : match);
		}
	}

	record Unit(String id, String version, String filter, List<Capability> provides, List<Requirement> requires,
			boolean isBundle, String categoryName) {
		String label() {
			return id + " " + version;
		}
	}

	public static void main(String[] args) {
		boolean listBundles = args.length > 0 && args[0].equals("--bundles");
		List<String> arguments = List.of(args).subList(listBundles ? 1 : 0, args.length);
		if (arguments.size() < 2) {
			System.err.println("usage: java P2RepositoryCheck.java [--bundles] REPOSITORY_DIR ROOT... [--expect IU...]");
			System.exit(2);
		}
		try {
			List<Unit> units = readUnits(Path.of(arguments.get(0)));
			int expect = arguments.indexOf("--expect");
			List<String> roots = arguments.subList(1, expect < 0 ? arguments.size() : expect);
			List<String> expected = expect < 0 ? List.of() : arguments.subList(expect + 1, arguments.size());
			if (listBundles) {
				reach(units, roots, true, new ArrayList<>()).stream().filter(Unit::isBundle)
						.forEach(unit -> System.out.println(unit.id() + "_" + unit.version() + ".jar"));
				System.exit(0);
			}
			System.exit(check(units, roots, expected) ? 0 : 1);
		} catch (IOException | RuntimeException e) {
			System.err.println("P2RepositoryCheck: " + arguments.get(0) + ": " + e.getMessage());
			System.exit(2);
		}
	}

	static boolean check(List<Unit> units, List<String> roots, List<String> expected) {
		List<String> problems = new ArrayList<>();
		Set<Unit> reached = reach(units, roots, false, problems);
		for (String id : expected) {
			if (reached.stream().noneMatch(unit -> unit.id().equals(id))) {
				problems.add("expected " + id + ": not reached from " + roots);
			}
		}
		long requirements = reached.stream().flatMap(unit -> unit.requires().stream())
				.filter(requirement -> !requirement.optional() && applies(requirement.filter())).count();
		System.out.println("reached " + reached.size() + " units from " + roots + " in " + units.size()
				+ " units of the repository; " + requirements + " mandatory requirements checked");
		problems.forEach(problem -> System.out.println("UNMET " + problem));
		System.out.println(problems.isEmpty() ? "the repository resolves" : problems.size() + " unmet requirement(s)");
		return problems.isEmpty();
	}

	/**
	 * The units the roots reach through their requirements (all providers of each), collecting unmet
	 * mandatory requirements in problems. With optional, optional requirements are followed too, as
	 * Tycho's includeAllDependencies does when it fills the repository.
	 */
	static Set<Unit> reach(List<Unit> units, List<String> roots, boolean optional, List<String> problems) {
		Set<String> jdkPackages = jdkPackages();
		Deque<Unit> toVisit = new ArrayDeque<>();
		Set<Unit> reached = new LinkedHashSet<>();
		for (String root : roots) {
			List<Unit> found = units.stream().filter(u -> isRoot(u, root)).toList();
			if (found.isEmpty()) {
				problems.add("root " + root + ": not in the repository");
			}
			toVisit.addAll(found);
		}
		while (!toVisit.isEmpty()) {
			Unit unit = toVisit.pop();
			if (!applies(unit.filter()) || !reached.add(unit)) {
				continue;
			}
			for (Requirement requirement : unit.requires()) {
				if (requirement.optional() && !optional || !applies(requirement.filter())
						|| metByJavaRuntime(requirement, jdkPackages)) {
					continue;
				}
				List<Unit> providers = units.stream().filter(u -> applies(u.filter()))
						.filter(u -> provides(u, requirement)).toList();
				if (providers.isEmpty() && !requirement.optional()) {
					problems.add(unit.label() + ": needs " + requirement.describe());
				}
				toVisit.addAll(providers);
			}
		}
		return reached;
	}

	/** A root is a unit's id, or "category=NAME" for the category of that name (its id is generated). */
	private static boolean isRoot(Unit unit, String root) {
		return root.startsWith("category=") ? root.substring("category=".length()).equals(unit.categoryName())
				: unit.id().equals(root);
	}

	/** osgi.ee and a.jre requirements and java.*, javax.* ... packages are the JRE's (p2's a.jre.javase unit). */
	private static boolean metByJavaRuntime(Requirement requirement, Set<String> jdkPackages) {
		return switch (requirement.namespace()) {
		case "osgi.ee" -> requirement.match() == null || javaRuntimeEnvironments().stream()
				.anyMatch(environment -> new Filter(requirement.match(), environment, false).evaluate());
		case "java.package" -> requirement.name() != null && jdkPackages.contains(requirement.name());
		case "org.eclipse.equinox.p2.iu" -> requirement.name().startsWith("a.jre");
		default -> false;
		};
	}

	/** The osgi.ee capabilities of the running JRE, as p2's a.jre.javase unit lists them. */
	private static List<Map<String, List<String>>> javaRuntimeEnvironments() {
		List<Map<String, List<String>>> environments = new ArrayList<>();
		for (String old : List.of("1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8")) {
			environments.add(Map.of("osgi.ee", List.of("JavaSE"), "version", List.of(old)));
		}
		for (int feature = 9; feature <= Runtime.version().feature(); feature++) {
			environments.add(Map.of("osgi.ee", List.of("JavaSE"), "version", List.of(feature + ".0")));
		}
		for (String profile : List.of("JavaSE/compact1", "JavaSE/compact2", "JavaSE/compact3")) {
			environments.add(Map.of("osgi.ee", List.of(profile), "version", List.of("1.8")));
		}
		return environments;
	}

	private static Set<String> jdkPackages() {
		Set<String> packages = new TreeSet<>();
		ModuleLayer.boot().modules().forEach(module -> packages.addAll(module.getPackages()));
		return packages;
	}

	private static boolean provides(Unit unit, Requirement requirement) {
		for (Capability capability : unit.provides()) {
			if (!capability.namespace().equals(requirement.namespace())) {
				continue;
			}
			if (requirement.name() == null) {
				if (new Filter(requirement.match(), capability.matchable(), false).evaluate()) {
					return true;
				}
			} else if (capability.name().equals(requirement.name())
					&& VersionRange.parse(requirement.range()).includes(Version.parse(capability.version()))) {
				return true;
			}
		}
		return false;
	}

	/** Whether an LDAP filter such as (&(osgi.os=linux)(!(osgi.ws=win32))) holds on linux/gtk/x86_64. */
	static boolean applies(String filter) {
		if (filter == null || filter.isBlank()) {
			return true;
		}
		return new Filter(filter.strip(), ENVIRONMENT, true).evaluate();
	}

	private static List<Unit> readUnits(Path repository) throws IOException {
		Document content = readContent(repository);
		List<Unit> units = new ArrayList<>();
		NodeList unitElements = content.getElementsByTagName("unit");
		for (int i = 0; i < unitElements.getLength(); i++) {
			Element unit = (Element) unitElements.item(i);
			List<Capability> provides = new ArrayList<>();
			for (Element provided : children(unit, "provides", "provided")) {
				Map<String, List<String>> properties = new LinkedHashMap<>();
				for (Element property : children(provided, "properties", "property")) {
					String value = property.getAttribute("value");
					properties.put(property.getAttribute("name"),
							property.getAttribute("type").equals("List") ? List.of(value.split(",")) : List.of(value));
				}
				provides.add(new Capability(provided.getAttribute("namespace"), provided.getAttribute("name"),
						provided.getAttribute("version"), properties));
			}
			List<Requirement> requires = new ArrayList<>();
			for (Element required : children(unit, "requires", "required")) {
				if (required.hasAttribute("namespace")) {
					requires.add(new Requirement(required.getAttribute("namespace"), required.getAttribute("name"),
							required.getAttribute("range"), null, "true".equals(required.getAttribute("optional")),
							childText(required, "filter")));
				}
			}
			for (Element required : children(unit, "requires", "requiredProperties")) {
				requires.add(new Requirement(required.getAttribute("namespace"), null, null,
						required.getAttribute("match"), "0".equals(required.getAttribute("min")),
						childText(required, "filter")));
			}
			boolean isBundle = children(unit, "artifacts", "artifact").stream()
					.anyMatch(artifact -> "osgi.bundle".equals(artifact.getAttribute("classifier")));
			Map<String, String> unitProperties = new LinkedHashMap<>();
			for (Element property : children(unit, "properties", "property")) {
				unitProperties.put(property.getAttribute("name"), property.getAttribute("value"));
			}
			String categoryName = "true".equals(unitProperties.get("org.eclipse.equinox.p2.type.category"))
					? unitProperties.get("org.eclipse.equinox.p2.name")
					: null;
			units.add(new Unit(unit.getAttribute("id"), unit.getAttribute("version"), childText(unit, "filter"),
					provides, requires, isBundle, categoryName));
		}
		if (units.isEmpty()) {
			throw new IOException("no installable units in the repository's content");
		}
		return units;
	}

	/** content.xml, or content.xml inside content.jar, as Tycho writes it. */
	private static Document readContent(Path repository) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			Path xml = repository.resolve("content.xml");
			if (Files.isRegularFile(xml)) {
				return factory.newDocumentBuilder().parse(xml.toFile());
			}
			Path jar = repository.resolve("content.jar");
			if (!Files.isRegularFile(jar)) {
				throw new IOException("neither content.xml nor content.jar (is the repository built?)");
			}
			try (ZipFile zip = new ZipFile(jar.toFile())) {
				ZipEntry entry = zip.getEntry("content.xml");
				if (entry == null) {
					throw new IOException(jar + " holds no content.xml");
				}
				try (InputStream in = zip.getInputStream(entry)) {
					return factory.newDocumentBuilder().parse(in);
				}
			}
		} catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
			throw new IOException("unreadable content.xml: " + e.getMessage(), e);
		}
	}

	private static List<Element> children(Element parent, String listName, String itemName) {
		List<Element> items = new ArrayList<>();
		for (Element list : directChildren(parent, listName)) {
			items.addAll(directChildren(list, itemName));
		}
		return items;
	}

	private static List<Element> directChildren(Element parent, String name) {
		List<Element> children = new ArrayList<>();
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getTagName().equals(name)) {
				children.add(element);
			}
		}
		return children;
	}

	private static String childText(Element parent, String name) {
		List<Element> found = directChildren(parent, name);
		return found.isEmpty() ? null : found.get(0).getTextContent();
	}

	/** OSGi version: major.minor.micro.qualifier, missing parts 0 / empty. */
	record Version(int major, int minor, int micro, String qualifier) implements Comparable<Version> {
		static Version parse(String text) {
			String[] parts = text.strip().split("\\.", 4);
			return new Version(part(parts, 0), part(parts, 1), part(parts, 2), parts.length > 3 ? parts[3] : "");
		}

		private static int part(String[] parts, int index) {
			return parts.length > index && !parts[index].isEmpty() ? Integer.parseInt(parts[index]) : 0;
		}

		@Override
		public int compareTo(Version other) {
			int result = Integer.compare(major, other.major);
			if (result == 0) result = Integer.compare(minor, other.minor);
			if (result == 0) result = Integer.compare(micro, other.micro);
			return result != 0 ? result : qualifier.compareTo(other.qualifier);
		}
	}

	/** p2 version range: "1.2.3" means at least 1.2.3; "[1.0,2.0)" has inclusive/exclusive ends. */
	record VersionRange(Version low, boolean lowInclusive, Version high, boolean highInclusive) {
		static VersionRange parse(String text) {
			String range = text == null || text.isBlank() ? "0.0.0" : text.strip();
			char first = range.charAt(0);
			if (first != '[' && first != '(') {
				return new VersionRange(Version.parse(range), true, null, false);
			}
			String[] ends = range.substring(1, range.length() - 1).split(",");
			return new VersionRange(Version.parse(ends[0]), first == '[', Version.parse(ends[1]),
					range.endsWith("]"));
		}

		boolean includes(Version version) {
			int low = version.compareTo(this.low);
			if (low < 0 || low == 0 && !lowInclusive) {
				return false;
			}
			if (high == null) {
				return true;
			}
			int high = version.compareTo(this.high);
			return high < 0 || high == 0 && highInclusive;
		}
	}

	/**
	 * The LDAP filters p2 writes: &, |, ! and key=value, key>=value, key<=value (versions compared as
	 * versions, "*" as a wildcard). A key missing from the properties is true when lenient (platform
	 * filters: keys other than os/ws/arch are not ours to decide), false otherwise.
	 */
	private static final class Filter {
		private final String text;
		private final Map<String, List<String>> properties;
		private final boolean lenient;
		private int position;

		Filter(String text, Map<String, List<String>> properties, boolean lenient) {
			this.text = text.replaceAll("\\s+", "");
			this.properties = properties;
			this.lenient = lenient;
		}

		boolean evaluate() {
			boolean result = parse();
			if (position != text.length()) {
				throw new IllegalArgumentException("bad filter '" + text + "' at " + position);
			}
			return result;
		}

		private boolean parse() {
			expect('(');
			boolean result;
			char operator = text.charAt(position);
			if (operator == '&' || operator == '|') {
				position++;
				result = operator == '&';
				while (position < text.length() && text.charAt(position) == '(') {
					boolean operand = parse();
					result = operator == '&' ? result && operand : result || operand;
				}
			} else if (operator == '!') {
				position++;
				result = !parse();
			} else {
				int close = text.indexOf(')', position);
				result = comparison(text.substring(position, close));
				position = close;
			}
			expect(')');
			return result;
		}

		private boolean comparison(String item) {
			int equals = item.indexOf('=');
			if (equals <= 0) {
				throw new IllegalArgumentException("bad filter item '" + item + "' in '" + text + "'");
			}
			char before = item.charAt(equals - 1);
			String operator = before == '>' || before == '<' ? before + "=" : "=";
			String key = item.substring(0, equals - (operator.length() - 1));
			String expected = item.substring(equals + 1);
			List<String> values = properties.get(key);
			if (values == null) {
				return lenient;
			}
			return values.stream().anyMatch(actual -> compare(key, operator, actual.strip(), expected));
		}

		private static boolean compare(String key, String operator, String actual, String expected) {
			if (key.equals("version")) {
				int comparison = Version.parse(actual).compareTo(Version.parse(expected));
				return switch (operator) {
				case ">=" -> comparison >= 0;
				case "<=" -> comparison <= 0;
				default -> comparison == 0;
				};
			}
			return expected.contains("*") ? actual.matches(expected.replace("*", ".*")) : actual.equals(expected);
		}

		private void expect(char expected) {
			if (position >= text.length() || text.charAt(position) != expected) {
				throw new IllegalArgumentException("bad filter '" + text + "' at " + position);
			}
			position++;
		}
	}
}
