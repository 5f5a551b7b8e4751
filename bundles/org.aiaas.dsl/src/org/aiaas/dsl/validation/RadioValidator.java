package org.aiaas.dsl.validation;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

import org.aiaas.model.Cell;
import org.aiaas.model.DeviceGroup;
import org.aiaas.model.Link;
import org.eclipse.xtext.validation.Check;

/**
 * Cells, device groups and links describe a network the radio and transport models can compute:
 * NR numerology 0..4 (TS 38.211 §4.2), a TDD pattern of D, S and U slots, 1..8 MIMO layers.
 */
public class RadioValidator extends AiaasCheckBase {

	private static final Pattern NR_BAND = Pattern.compile("n[1-9][0-9]{0,2}");
	private static final Pattern TDD_PATTERN = Pattern.compile("[DSU]+");

	@Check
	public void checkCell(Cell cell) {
		String what = "cell " + cell.getName();
		if (cell.getBand() == null && cell.getFrequency() == null) {
			error(what + " needs a 'band' (e.g. band n78) or a carrier 'frequency' (e.g. frequency 3.5 GHz)", cell,
					P.getNamedElement_Name(), IssueCodes.MISSING_PROPERTY);
		}
		if (cell.getBand() != null && !NR_BAND.matcher(cell.getBand()).matches()) {
			error("'" + cell.getBand() + "' is not an NR band name; write it like n78 or n257", cell, P.getCell_Band(),
					IssueCodes.OUT_OF_RANGE);
		}
		if (cell.getBandwidth() == null) {
			error(what + " needs a channel 'bandwidth', e.g. 'bandwidth 100 MHz'", cell, P.getNamedElement_Name(),
					IssueCodes.MISSING_PROPERTY);
		}
		if (cell.isSetNumerology() && (cell.getNumerology() < 0 || cell.getNumerology() > 4)) {
			error("'numerology' must be 0 to 4 (subcarrier spacing 15 kHz × 2^μ), found " + cell.getNumerology(),
					cell, P.getCell_Numerology(), IssueCodes.OUT_OF_RANGE);
		}
		if (cell.getTdd() != null && !TDD_PATTERN.matcher(cell.getTdd()).matches()) {
			error("a TDD pattern is a string of D (downlink), S (special) and U (uplink) slots, e.g. \"DDDSU\"; found \""
					+ cell.getTdd() + "\"", cell, P.getCell_Tdd(), IssueCodes.OUT_OF_RANGE);
		}
		if (cell.isSetLayers() && (cell.getLayers() < 1 || cell.getLayers() > 8)) {
			error("'layers' (MIMO layers) must be 1 to 8, found " + cell.getLayers(), cell, P.getCell_Layers(),
					IssueCodes.OUT_OF_RANGE);
		}
		if (cell.isSetMaxDevices() && cell.getMaxDevices() < 1) {
			error("'maxdevices' must be at least 1, found " + cell.getMaxDevices(), cell, P.getCell_MaxDevices(),
					IssueCodes.OUT_OF_RANGE);
		}
		if (cell.getBackhaul() == null) {
			error(what + " needs 'backhaul NODE': the node its traffic reaches first (e.g. backhaul edge1 latency 1 ms)",
					cell, P.getNamedElement_Name(), IssueCodes.MISSING_PROPERTY);
		}
	}

	@Check
	public void checkDeviceGroup(DeviceGroup group) {
		String what = "device group " + group.getName();
		if (group.getCell() == null) {
			error(what + " needs 'in CELL': the cell its devices attach to", group, P.getNamedElement_Name(),
					IssueCodes.MISSING_PROPERTY);
		}
		if (group.getCount() == null) {
			error(what + " needs a 'count', e.g. 'count 200'", group, P.getNamedElement_Name(),
					IssueCodes.MISSING_PROPERTY);
		} else {
			OptionalDouble count = base(group.getCount());
			if (count.isPresent() && count.getAsDouble() != Math.rint(count.getAsDouble())) {
				error("'count' must be a whole number of devices, found " + QuantityValidator.written(group.getCount()),
						group.getCount(), null, IssueCodes.OUT_OF_RANGE);
			}
		}
		if (group.getDistance() != null) {
			OptionalDouble low = base(group.getDistance().getLow());
			OptionalDouble high = base(group.getDistance().getHigh());
			if (low.isPresent() && high.isPresent() && low.getAsDouble() > high.getAsDouble()) {
				error("the distance range starts above its end: write the nearer distance first", group.getDistance(),
						null, IssueCodes.INCONSISTENT);
			}
		}
	}

	@Check
	public void checkLink(Link link) {
		if (link.getSource() != null && link.getSource() == link.getTarget()) {
			error("a link joins two different nodes; this one starts and ends at " + link.getSource().getName(), link,
					P.getLink_Target(), IssueCodes.INCONSISTENT);
		}
		if (link.getBandwidth() == null) {
			error("the link needs a 'bandwidth', e.g. 'bandwidth 10 Gbps'", link, P.getLink_Source(),
					IssueCodes.MISSING_PROPERTY);
		}
		if (base(link.getLoss()).orElse(0) >= 1) {
			error("'loss' is the share of packets lost and must be below 100 %", link.getLoss(), null,
					IssueCodes.OUT_OF_RANGE);
		}
	}
}
