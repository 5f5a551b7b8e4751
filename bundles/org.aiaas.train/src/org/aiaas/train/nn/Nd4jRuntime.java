package org.aiaas.train.nn;

import java.nio.file.Path;

import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Starts ND4J the same way inside OSGi and on a plain Java classpath. ND4J finds its CPU backend
 * through a service loader on its own class loader; in Equinox that is not this bundle's loader
 * (which holds the embedded ND4J jars), so without {@link ND4JClassLoading#setNd4jClassloader} it
 * fails with {@code NoAvailableBackendException}. JavaCPP unpacks the native library (~320 MB) into
 * {@code org.bytedeco.javacpp.cachedir}; when nobody set it we use {@code ~/.cache/aiaas/javacpp}
 * rather than JavaCPP's own default, so that one place holds it and can be cleaned.
 * <p>
 * Arrays created without a type (data read from Java arrays, for instance) are double precision;
 * each {@link NeuralNetwork} computes in its own {@link Precision} and converts its inputs.
 */
public final class Nd4jRuntime {

	/** The system property JavaCPP reads for its cache folder. */
	public static final String CACHE_PROPERTY = "org.bytedeco.javacpp.cachedir";

	/**
	 * JavaCPP checks the process's resident memory on every allocation (by reading /proc), which
	 * measured here more than halves the speed of small networks; 0 turns that check off.
	 */
	public static final String PHYSICAL_BYTES_PROPERTY = "org.bytedeco.javacpp.maxPhysicalBytes";

	private static volatile boolean started;

	private Nd4jRuntime() {
	}

	/** Makes ND4J usable; cheap after the first call. */
	public static void ensureStarted() {
		if (started) {
			return;
		}
		synchronized (Nd4jRuntime.class) {
			if (started) {
				return;
			}
			if (System.getProperty(CACHE_PROPERTY) == null) {
				System.setProperty(CACHE_PROPERTY,
						Path.of(System.getProperty("user.home"), ".cache", "aiaas", "javacpp").toString());
			}
			if (System.getProperty(PHYSICAL_BYTES_PROPERTY) == null) {
				System.setProperty(PHYSICAL_BYTES_PROPERTY, "0");
			}
			ND4JClassLoading.setNd4jClassloader(Nd4jRuntime.class.getClassLoader());
			Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
			started = true;
		}
	}
}
