package org.aiaas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

/**
 * The version of the command line, read from the {@code Bundle-Version} of this bundle's manifest
 * so that it always matches the build (the qualifier tells builds of one version apart).
 */
public final class Version {

	/** Shown when running from classes that are not packed in a built bundle (e.g. in the IDE). */
	static final String UNKNOWN = "0.1.0 (development build)";

	private Version() {
	}

	/** The bundle version, or a development marker if the manifest cannot be found. */
	public static String current() {
		return fromOwnJar().orElse(UNKNOWN);
	}

	private static Optional<String> fromOwnJar() {
		try {
			var source = Version.class.getProtectionDomain().getCodeSource();
			if (source == null) {
				return Optional.empty();
			}
			URL location = source.getLocation();
			if (location == null || !location.getPath().endsWith(".jar")) {
				return Optional.empty();
			}
			try (InputStream in = location.openStream(); JarInputStream jar = new JarInputStream(in)) {
				Manifest manifest = jar.getManifest();
				return manifest == null ? Optional.empty()
						: Optional.ofNullable(manifest.getMainAttributes().getValue("Bundle-Version"));
			}
		} catch (IOException | SecurityException e) {
			return Optional.empty();
		}
	}
}
