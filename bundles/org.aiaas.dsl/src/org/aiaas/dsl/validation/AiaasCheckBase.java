package org.aiaas.dsl.validation;

import java.util.List;
import java.util.OptionalDouble;

import org.aiaas.model.AiaasPackage;
import org.aiaas.model.Quantity;
import org.aiaas.model.units.QuantityKind;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Base of the focused validators that {@link AiaasValidator} composes: each one checks one area
 * of the language and is registered only through the composition.
 */
public abstract class AiaasCheckBase extends AbstractDeclarativeValidator {

	/** The model package, shared by the checks. */
	protected static final AiaasPackage P = AiaasPackage.eINSTANCE;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(AiaasPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// Registered as part of AiaasValidator's @ComposedChecks.
	}

	/** A quantity in its base unit, or empty when it is absent or its unit is wrong (reported elsewhere). */
	protected static OptionalDouble base(Quantity quantity) {
		if (quantity == null) {
			return OptionalDouble.empty();
		}
		try {
			return OptionalDouble.of(QuantityKind.toBase(quantity));
		} catch (IllegalArgumentException e) {
			return OptionalDouble.empty();
		}
	}
}
