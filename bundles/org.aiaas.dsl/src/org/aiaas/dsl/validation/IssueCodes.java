package org.aiaas.dsl.validation;

/** Codes of the validator's issues, for quick fixes and tests. */
public final class IssueCodes {

	private static final String PREFIX = "org.aiaas.dsl.";

	public static final String WRONG_DIMENSION = PREFIX + "wrongDimension";
	public static final String UNKNOWN_UNIT = PREFIX + "unknownUnit";
	public static final String MISSING_UNIT = PREFIX + "missingUnit";
	public static final String OUT_OF_RANGE = PREFIX + "outOfRange";
	public static final String DUPLICATE_PROPERTY = PREFIX + "duplicateProperty";
	public static final String DUPLICATE_NAME = PREFIX + "duplicateName";
	public static final String MISSING_PROPERTY = PREFIX + "missingProperty";
	public static final String INCONSISTENT = PREFIX + "inconsistent";
	public static final String NOT_IN_LIBRARY = PREFIX + "notInLibrary";
	public static final String BAD_IMPORT = PREFIX + "badImport";
	public static final String IMPORT_CYCLE = PREFIX + "importCycle";
	public static final String UNSTABLE = PREFIX + "unstable";
	public static final String NOTHING_TO_RUN = PREFIX + "nothingToRun";
	public static final String IGNORED = PREFIX + "ignored";

	private IssueCodes() {
	}
}
