package org.aiaas.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractDeclarativeValueConverterService;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.conversion.impl.IDValueConverter;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Turns the text of numbers, units and names into model values. Whole numbers that are not whole
 * ("slots 2.5") and numbers out of range are reported here, at the number's position.
 */
public class AiaasValueConverters extends AbstractDeclarativeValueConverterService {

	@Inject
	private IDValueConverter idValueConverter;

	@Inject
	private STRINGValueConverter stringValueConverter;

	@ValueConverter(rule = "ID")
	public IValueConverter<String> ID() {
		return idValueConverter;
	}

	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return stringValueConverter;
	}

	@ValueConverter(rule = "Int")
	public IValueConverter<Integer> Int() {
		return new WholeNumberConverter<>(Integer.MAX_VALUE, Long::intValue);
	}

	@ValueConverter(rule = "Long")
	public IValueConverter<Long> Long() {
		return new WholeNumberConverter<>(java.lang.Long.MAX_VALUE, value -> value);
	}

	@ValueConverter(rule = "Double")
	public IValueConverter<Double> Double() {
		return new DecimalConverter();
	}

	@ValueConverter(rule = "SignedNumber")
	public IValueConverter<Double> SignedNumber() {
		return new DecimalConverter();
	}

	@ValueConverter(rule = "Unit")
	public IValueConverter<String> Unit() {
		return new CompactTextConverter();
	}

	@ValueConverter(rule = "ParameterName")
	public IValueConverter<String> ParameterName() {
		return new CompactTextConverter();
	}

	/** A decimal number such as 3.35, 1e-3 or -174. */
	static final class DecimalConverter extends AbstractNullSafeConverter<Double> {
		@Override
		protected Double internalToValue(String string, INode node) {
			String text = string.replaceAll("\\s+", "");
			try {
				double value = java.lang.Double.parseDouble(text);
				if (java.lang.Double.isInfinite(value)) {
					throw new ValueConverterException("the number " + text + " is too large", node, null);
				}
				return value;
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + text + "' is not a number", node, null);
			}
		}

		@Override
		protected String internalToString(Double value) {
			return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString(value.longValue())
					: value.toString();
		}
	}

	/** Text of a rule made of several tokens ("GB / s" → "GB/s"), without hidden whitespace. */
	static final class CompactTextConverter extends AbstractNullSafeConverter<String> {
		@Override
		protected String internalToValue(String string, INode node) {
			return string.replaceAll("\\s+", "");
		}

		@Override
		protected String internalToString(String value) {
			return value;
		}
	}
}
