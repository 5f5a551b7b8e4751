package org.aiaas.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.aiaas.model.Quantity;
import org.aiaas.model.units.Dimension;
import org.aiaas.model.units.QuantityKind;
import org.aiaas.model.units.Unit;
import org.aiaas.model.units.Units;
import org.eclipse.xtext.validation.Check;

/**
 * Every quantity has a unit of the dimension its property expects, and a value in the property's
 * range: "'10 Gbps' is a data rate, but latency expects a time (ns, us, ms, s, min, h, d)".
 */
public class QuantityValidator extends AiaasCheckBase {

	@Check
	public void checkUnitAndRange(Quantity quantity) {
		Optional<QuantityKind> kind = QuantityKind.of(quantity);
		if (kind.isEmpty()) {
			return; // Sweep values: checked against the swept parameter by PolicyValidator.
		}
		String property = ElementNames.propertyName(kind.get().feature());
		Dimension expected = kind.get().dimension();
		String symbol = quantity.getUnit() == null ? "" : quantity.getUnit();
		Optional<Unit> unit = Units.find(symbol, expected);
		if (unit.isEmpty()) {
			reportUnit(quantity, property, expected, symbol);
			return;
		}
		double base = unit.get().toBase(quantity.getValue());
		if (!kind.get().range().accepts(base)) {
			error("'" + property + "' must be " + kind.get().range().phrase() + ", found " + written(quantity),
					quantity, null, IssueCodes.OUT_OF_RANGE);
		}
	}

	private void reportUnit(Quantity quantity, String property, Dimension expected, String symbol) {
		String allowed = " (" + Units.symbolList(expected) + ")";
		if (symbol.isEmpty()) {
			error("'" + property + "' needs a unit: it is " + expected.description() + allowed, quantity, null,
					IssueCodes.MISSING_UNIT);
			return;
		}
		List<Dimension> actual = Units.dimensionsOf(symbol);
		if (!actual.isEmpty()) {
			error("'" + written(quantity) + "' is " + actual.get(0).description() + ", but '" + property
					+ "' expects " + expected.description() + allowed, quantity, null, IssueCodes.WRONG_DIMENSION,
					symbol);
			return;
		}
		List<String> symbols = Units.of(expected).stream().map(Unit::symbol).filter(s -> !s.isEmpty()).toList();
		error("unknown unit '" + symbol + "'" + Suggestions.didYouMean(symbol, symbols) + " — '" + property
				+ "' expects " + expected.description() + allowed, quantity, null, IssueCodes.UNKNOWN_UNIT, symbol);
	}

	static String written(Quantity quantity) {
		double value = quantity.getValue();
		String number = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: Double.toString(value);
		String unit = quantity.getUnit();
		return unit == null || unit.isEmpty() ? number : number + " " + unit;
	}
}
