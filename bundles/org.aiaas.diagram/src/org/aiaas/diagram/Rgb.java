package org.aiaas.diagram;

/** A colour as red, green and blue from 0 to 255; written {@code #rrggbb} in SVG. */
public record Rgb(int red, int green, int blue) {

	public static final Rgb BLACK = new Rgb(0, 0, 0);
	public static final Rgb WHITE = new Rgb(255, 255, 255);

	public Rgb {
		if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
			throw new IllegalArgumentException("colour components must be 0..255: " + red + ", " + green + ", " + blue);
		}
	}

	/** The colour of a hex string {@code #rrggbb}. */
	public static Rgb hex(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return new Rgb(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
	}

	/** {@code #rrggbb}. */
	public String toHex() {
		return String.format("#%02x%02x%02x", red, green, blue);
	}

	/** The colour {@code share} of the way from this one to {@code other} (share 0..1). */
	public Rgb towards(Rgb other, double share) {
		double s = Math.max(0, Math.min(1, share));
		return new Rgb((int) Math.round(red + (other.red - red) * s), (int) Math.round(green + (other.green - green) * s),
				(int) Math.round(blue + (other.blue - blue) * s));
	}
}
