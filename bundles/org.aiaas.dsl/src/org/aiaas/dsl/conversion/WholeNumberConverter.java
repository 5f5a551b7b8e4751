package org.aiaas.dsl.conversion;

import java.math.BigDecimal;
import java.util.function.Function;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A whole number (counts, slots, seeds): "12" and "1e3" are whole, "2.5" is not and says so.
 *
 * @param <T> Integer or Long
 */
final class WholeNumberConverter<T extends Number> extends AbstractNullSafeConverter<T> {

	private final long maximum;
	private final Function<Long, T> narrowing;

	WholeNumberConverter(long maximum, Function<Long, T> narrowing) {
		this.maximum = maximum;
		this.narrowing = narrowing;
	}

	@Override
	protected T internalToValue(String string, INode node) {
		String text = string.trim();
		BigDecimal value;
		try {
			value = new BigDecimal(text);
		} catch (NumberFormatException e) {
			throw new ValueConverterException("'" + text + "' is not a number", node, null);
		}
		if (value.stripTrailingZeros().scale() > 0) {
			throw new ValueConverterException("expected a whole number here, found " + text, node, null);
		}
		if (value.compareTo(BigDecimal.valueOf(maximum)) > 0) {
			throw new ValueConverterException("the number " + text + " is too large (at most " + maximum + ")", node,
					null);
		}
		return narrowing.apply(value.longValueExact());
	}

	@Override
	protected String internalToString(T value) {
		return value.toString();
	}
}
