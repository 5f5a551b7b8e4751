package org.aiaas.model.units;

import java.util.Optional;

import org.aiaas.model.Distribution;
import org.aiaas.model.MixtureBranch;
import org.aiaas.model.Quantity;
import org.aiaas.model.QuantityRange;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a quantity in a scenario must be: its dimension and value range, read from the
 * {@value #SOURCE} annotation of the model feature that holds it. Distributions, ranges and
 * mixture branches pass the dimension of their own feature down to the quantities inside them,
 * so {@code service exponential 10 ms} is a time because {@code service} is.
 *
 * @param feature   the annotated feature that decides (e.g. Workload.service)
 * @param dimension the dimension the quantity must have
 * @param range     the values it may take
 */
public record QuantityKind(EStructuralFeature feature, Dimension dimension, ValueRange range) {

	/** The annotation source used in aiaas.ecore. */
	public static final String SOURCE = "http://www.aiaas.org/dimension";

	/** The kind a quantity must have, or empty when it is not held by an annotated feature. */
	public static Optional<QuantityKind> of(Quantity quantity) {
		EObject current = quantity;
		while (current != null && current.eContainingFeature() != null) {
			Optional<QuantityKind> kind = of(current.eContainingFeature());
			if (kind.isPresent()) {
				return kind;
			}
			EObject container = current.eContainer();
			boolean passesDimensionDown = container instanceof Distribution || container instanceof QuantityRange
					|| container instanceof MixtureBranch;
			if (!passesDimensionDown) {
				return Optional.empty();
			}
			current = container;
		}
		return Optional.empty();
	}

	/** The kind declared on a feature, if it carries the dimension annotation. */
	public static Optional<QuantityKind> of(EStructuralFeature feature) {
		EAnnotation annotation = feature.getEAnnotation(SOURCE);
		if (annotation == null) {
			return Optional.empty();
		}
		Dimension dimension = Dimension.valueOf(annotation.getDetails().get("dimension"));
		ValueRange range = ValueRange.fromKey(annotation.getDetails().get("range"));
		return Optional.of(new QuantityKind(feature, dimension, range));
	}

	/**
	 * The quantity in the base unit of its dimension (seconds, bytes, bytes/s, FLOP, W, $/s, ...).
	 *
	 * @throws IllegalArgumentException if the quantity has no known kind or a wrong unit; a
	 *                                  validated scenario never has either
	 */
	public static double toBase(Quantity quantity) {
		QuantityKind kind = of(quantity).orElseThrow(
				() -> new IllegalArgumentException("no dimension is declared for " + quantity.eContainingFeature()));
		return Units.toBase(quantity.getValue(), quantity.getUnit(), kind.dimension());
	}
}
