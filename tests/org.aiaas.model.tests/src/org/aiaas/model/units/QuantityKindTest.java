package org.aiaas.model.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.aiaas.model.AiaasFactory;
import org.aiaas.model.AiaasPackage;
import org.aiaas.model.Cell;
import org.aiaas.model.DeviceGroup;
import org.aiaas.model.ExponentialDistribution;
import org.aiaas.model.MixtureBranch;
import org.aiaas.model.MixtureDistribution;
import org.aiaas.model.Quantity;
import org.aiaas.model.QuantityRange;
import org.aiaas.model.Scenario;
import org.aiaas.model.Sweep;
import org.aiaas.model.UniformDistribution;
import org.aiaas.model.Workload;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

/** The dimension and range of a quantity come from the annotated feature that (indirectly) holds it. */
class QuantityKindTest {

	private static final AiaasFactory FACTORY = AiaasFactory.eINSTANCE;
	private static final AiaasPackage PACKAGE = AiaasPackage.eINSTANCE;

	private static Quantity quantity(double value, String unit) {
		Quantity quantity = FACTORY.createQuantity();
		quantity.setValue(value);
		quantity.setUnit(unit);
		return quantity;
	}

	private static QuantityKind kindOf(Quantity quantity) {
		return QuantityKind.of(quantity).orElseThrow(() -> new AssertionError("no kind for " + quantity));
	}

	private static void assertKind(EStructuralFeature feature, Dimension dimension, ValueRange range,
			QuantityKind kind) {
		assertSame(feature, kind.feature(), "the deciding feature");
		assertEquals(dimension, kind.dimension());
		assertEquals(range, kind.range());
	}

	@Test
	void scenarioDurationIsAPositiveTime() {
		Scenario scenario = FACTORY.createScenario();
		Quantity duration = quantity(10, "min");
		scenario.setDuration(duration);
		assertKind(AiaasPackage.Literals.SCENARIO__DURATION, Dimension.TIME, ValueRange.POSITIVE, kindOf(duration));
		assertEquals(600, QuantityKind.toBase(duration), 0.0, "10 min = 600 s");
	}

	@Test
	void scenarioWarmupIsANonNegativeTime() {
		Scenario scenario = FACTORY.createScenario();
		Quantity warmup = quantity(0, "s");
		scenario.setWarmup(warmup);
		assertKind(AiaasPackage.Literals.SCENARIO__WARMUP, Dimension.TIME, ValueRange.NON_NEGATIVE, kindOf(warmup));
	}

	@Test
	void cellTxPowerIsAPowerOfAnyValue() {
		Cell cell = FACTORY.createCell();
		Quantity txPower = quantity(23, "dBm");
		cell.setTxPower(txPower);
		assertKind(AiaasPackage.Literals.CELL__TX_POWER, Dimension.POWER, ValueRange.ANY, kindOf(txPower));
		assertEquals(0.19953, QuantityKind.toBase(txPower), 1e-5, "23 dBm = 1 mW x 10^2.3 = 0.19953 W");
	}

	@Test
	void aDistributionPassesTheDimensionOfItsFeatureDown() {
		Workload workload = FACTORY.createWorkload();
		ExponentialDistribution service = FACTORY.createExponentialDistribution();
		Quantity mean = quantity(10, "ms");
		service.setMean(mean);
		workload.setService(service);
		assertKind(AiaasPackage.Literals.WORKLOAD__SERVICE, Dimension.TIME, ValueRange.POSITIVE, kindOf(mean));
		assertEquals(0.01, QuantityKind.toBase(mean), 1e-15, "10 ms = 0.01 s");
	}

	@Test
	void aMixtureBranchPassesTheDimensionDown() {
		Workload workload = FACTORY.createWorkload();
		MixtureDistribution prompt = FACTORY.createMixtureDistribution();
		MixtureBranch branch = FACTORY.createMixtureBranch();
		branch.setProbability(1);
		UniformDistribution uniform = FACTORY.createUniformDistribution();
		Quantity high = quantity(4, "k");
		uniform.setLow(quantity(128, "tokens"));
		uniform.setHigh(high);
		branch.setDistribution(uniform);
		prompt.getBranches().add(branch);
		workload.setPrompt(prompt);
		assertKind(AiaasPackage.Literals.WORKLOAD__PROMPT, Dimension.TOKENS, ValueRange.POSITIVE, kindOf(high));
		assertEquals(4000, QuantityKind.toBase(high), 0.0, "4 k tokens = 4000 tokens");
	}

	@Test
	void aRangePassesTheDimensionDown() {
		DeviceGroup devices = FACTORY.createDeviceGroup();
		QuantityRange distance = FACTORY.createQuantityRange();
		Quantity low = quantity(50, "m");
		Quantity high = quantity(0.5, "km");
		distance.setLow(low);
		distance.setHigh(high);
		devices.setDistance(distance);
		assertKind(AiaasPackage.Literals.DEVICE_GROUP__DISTANCE, Dimension.LENGTH, ValueRange.POSITIVE, kindOf(low));
		assertKind(AiaasPackage.Literals.DEVICE_GROUP__DISTANCE, Dimension.LENGTH, ValueRange.POSITIVE, kindOf(high));
		assertEquals(500, QuantityKind.toBase(high), 0.0, "0.5 km = 500 m");
	}

	@Test
	void sweepValuesHaveNoKindOfTheirOwn() {
		Sweep sweep = FACTORY.createSweep();
		Quantity value = quantity(20, "ms");
		Quantity from = quantity(1, "ms");
		sweep.getValues().add(value);
		sweep.setFrom(from);
		assertEquals(Optional.empty(), QuantityKind.of(value), "the swept parameter decides, not Sweep.values");
		assertEquals(Optional.empty(), QuantityKind.of(from));
	}

	@Test
	void aLooseQuantityHasNoKindAndCannotBeConverted() {
		Quantity loose = quantity(1, "s");
		assertEquals(Optional.empty(), QuantityKind.of(loose));
		assertThrows(IllegalArgumentException.class, () -> QuantityKind.toBase(loose));
	}

	@Test
	void aDistributionHeldByNoAnnotatedFeatureGivesNoKind() {
		ExponentialDistribution loose = FACTORY.createExponentialDistribution();
		Quantity mean = quantity(10, "ms");
		loose.setMean(mean);
		assertEquals(Optional.empty(), QuantityKind.of(mean));
	}

	@Test
	void toBaseRejectsAWrongUnit() {
		Scenario scenario = FACTORY.createScenario();
		Quantity duration = quantity(10, "GB");
		scenario.setDuration(duration);
		assertThrows(IllegalArgumentException.class, () -> QuantityKind.toBase(duration));
	}

	/** Containment features that hold quantities but take their dimension from elsewhere. */
	private static final Set<String> UNANNOTATED_BY_DESIGN = Set.of(
			"Sweep.from", "Sweep.to", "Sweep.values", // the swept parameter decides
			"QuantityRange.low", "QuantityRange.high", // the range's own feature decides
			"MixtureBranch.distribution"); // the mixture's feature decides

	/** A new quantity feature without a dimension annotation fails here. */
	@Test
	void everyQuantityFeatureDeclaresADimension() {
		EClass distribution = PACKAGE.getDistribution();
		List<EClass> quantityTypes = List.of(PACKAGE.getQuantity(), PACKAGE.getQuantityRange(), distribution);
		List<String> missing = new ArrayList<>();
		int annotated = 0;
		for (EClassifier classifier : PACKAGE.getEClassifiers()) {
			if (!(classifier instanceof EClass eClass)) {
				continue;
			}
			for (EReference reference : eClass.getEReferences()) {
				boolean holdsQuantities = reference.isContainment()
						&& quantityTypes.stream().anyMatch(t -> t.isSuperTypeOf(reference.getEReferenceType()));
				if (!holdsQuantities) {
					continue;
				}
				String name = eClass.getName() + "." + reference.getName();
				boolean exempt = UNANNOTATED_BY_DESIGN.contains(name) || distribution.isSuperTypeOf(eClass);
				if (QuantityKind.of(reference).isPresent()) {
					annotated++;
				} else if (!exempt) {
					missing.add(name);
				}
			}
		}
		assertEquals(List.of(), missing, "quantity features without a " + QuantityKind.SOURCE + " annotation");
		assertTrue(annotated > 0, "the walk found the annotated features at all");
	}

	/** A misspelt dimension or range key in aiaas.ecore fails here instead of silently becoming POSITIVE. */
	@Test
	void everyDimensionAnnotationIsWellFormed() {
		Set<String> rangeKeys = Set.of("positive", "nonNegative", "any");
		List<String> malformed = new ArrayList<>();
		for (EClassifier classifier : PACKAGE.getEClassifiers()) {
			if (!(classifier instanceof EClass eClass)) {
				continue;
			}
			for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
				EAnnotation annotation = feature.getEAnnotation(QuantityKind.SOURCE);
				if (annotation == null) {
					continue;
				}
				String name = eClass.getName() + "." + feature.getName();
				if (!(feature instanceof EReference reference && reference.isContainment()
						&& List.of(PACKAGE.getQuantity(), PACKAGE.getQuantityRange(), PACKAGE.getDistribution())
								.contains(reference.getEReferenceType()))) {
					malformed.add(name + " holds no Quantity, QuantityRange or Distribution");
				}
				String dimension = annotation.getDetails().get("dimension");
				String range = annotation.getDetails().get("range");
				try {
					Dimension.valueOf(String.valueOf(dimension));
				} catch (IllegalArgumentException e) {
					malformed.add(name + " dimension=" + dimension);
				}
				if (range != null && !rangeKeys.contains(range)) {
					malformed.add(name + " range=" + range);
				}
				if (!annotation.getDetails().keySet().stream().allMatch(k -> k.equals("dimension") || k.equals("range"))) {
					malformed.add(name + " keys=" + annotation.getDetails().keySet());
				}
			}
		}
		assertEquals(List.of(), malformed);
	}
}
