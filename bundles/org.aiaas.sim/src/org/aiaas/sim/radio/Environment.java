package org.aiaas.sim.radio;

/** The deployment scenarios of TR 38.901 §7.2 whose path loss {@link PathLoss} models. */
public enum Environment {
	/** Urban macro: base station above rooftops, 25 m; inter-site distance about 500 m. */
	UMA,
	/** Urban micro, street canyon: base station below rooftops, 10 m; inter-site distance about 200 m. */
	UMI,
	/** Rural macro: 35 m masts, inter-site distance 1732 m or 5000 m. */
	RMA,
	/** Indoor hotspot, office (open or mixed); ceiling-mounted base stations at 3 m. */
	INH
}
