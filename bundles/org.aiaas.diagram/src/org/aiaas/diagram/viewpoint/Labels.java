package org.aiaas.diagram.viewpoint;

import java.math.BigDecimal;

import org.aiaas.model.ArrivalProcess;
import org.aiaas.model.ConstantArrivals;
import org.aiaas.model.OnOffArrivals;
import org.aiaas.model.PoissonArrivals;
import org.aiaas.model.Quantity;
import org.aiaas.model.TraceArrivals;

/** Quantities as the author wrote them ("100 Gbps", "0.5 ms"), for labels. */
public final class Labels {

	private Labels() {
	}

	/** The value without a trailing ".0", a space, the unit; "" for a missing quantity. */
	public static String quantity(Quantity quantity) {
		if (quantity == null) {
			return "";
		}
		String unit = quantity.getUnit() == null ? "" : quantity.getUnit();
		return number(quantity.getValue()) + (unit.isEmpty() ? "" : " " + unit);
	}

	/** A number as short as it reads back: 2000, 0.5, 1.0E-5 stays as Java writes it. */
	public static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** The rate of an arrival process as written ("30 /s"), "trace" for traces, "" when unknown. */
	public static String rate(ArrivalProcess arrivals) {
		if (arrivals instanceof PoissonArrivals poisson) {
			return quantity(poisson.getRate());
		}
		if (arrivals instanceof ConstantArrivals constant) {
			return quantity(constant.getRate());
		}
		if (arrivals instanceof OnOffArrivals onOff) {
			return quantity(onOff.getRate()) + " on/off";
		}
		if (arrivals instanceof TraceArrivals) {
			return "trace";
		}
		return "";
	}

	/** The parts joined by " · ", empty parts left out. */
	public static String join(String... parts) {
		StringBuilder out = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isEmpty()) {
				out.append(out.isEmpty() ? "" : " · ").append(part);
			}
		}
		return out.toString();
	}
}
