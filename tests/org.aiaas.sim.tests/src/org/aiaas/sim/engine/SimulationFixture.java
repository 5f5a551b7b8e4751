package org.aiaas.sim.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.aiaas.dsl.AiaasStandaloneSetup;
import org.aiaas.model.Scenario;
import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.Progress;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/** Parses a scenario and simulates it, as `aiaas run` does. */
final class SimulationFixture {

	private static final Injector INJECTOR = new AiaasStandaloneSetup().createInjectorAndDoEMFRegistration();

	private SimulationFixture() {
	}

	static Scenario parse(String text) {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createURI("memory:/sim.aiaas"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalArgumentException("test scenario does not parse: " + resource.getErrors());
		}
		return (Scenario) resource.getContents().get(0);
	}

	static SimulationResult run(String text) {
		return Simulator.run(parse(text), new RunOptions(OptionalInt.empty(), OptionalLong.empty(), 2), Progress.NONE);
	}

	static VariantResult variant(SimulationResult result, String name) {
		return result.variants().stream().filter(v -> v.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no variant " + name + " in " + result.variants().stream()
						.map(VariantResult::name).toList()));
	}

	static MetricValue metric(VariantResult variant, String key) {
		MetricValue value = variant.metrics().get(key);
		if (value == null || !value.isDefined()) {
			throw new AssertionError(key + " is undefined: " + value);
		}
		return value;
	}
}
