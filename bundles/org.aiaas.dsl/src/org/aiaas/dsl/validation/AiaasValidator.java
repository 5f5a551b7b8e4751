package org.aiaas.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * All checks of the scenario language. Every message says what is wrong and what would be right;
 * the focused validators below each own one area.
 */
@ComposedChecks(validators = { QuantityValidator.class, PropertyValidator.class, HardwareValidator.class,
		RadioValidator.class, WorkloadValidator.class, TrainingValidator.class, FederatedValidator.class, PolicyValidator.class,
		ImportValidator.class, StabilityValidator.class })
public class AiaasValidator extends AbstractAiaasValidator {
}
