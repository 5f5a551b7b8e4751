package org.aiaas.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.aiaas.diagram.Bounds;
import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.DiagramNode;
import org.aiaas.diagram.render.PngRenderer;
import org.aiaas.diagram.viewpoint.TopologyViewpoint;
import org.junit.jupiter.api.Test;

/** The PNG export draws headless with java.awt. */
class PngRendererTest {

	@Test
	void pngHasTheDrawingsSizeAndTheBoxColours() throws Exception {
		System.setProperty("java.awt.headless", "true");
		Diagram diagram = Examples.laidOut("edge-vs-cloud.aiaas");
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		PngRenderer.write(diagram, 2, png);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
		assertEquals((int) Math.ceil(diagram.width() * 2), image.getWidth());
		assertEquals((int) Math.ceil(diagram.height() * 2), image.getHeight());
		// A pixel inside the cloud node's box, below its heading and left of its children, has the
		// cloud style's fill #e3f2fd; the corner of the image is the white background.
		DiagramNode cloud = diagram.nodes(TopologyViewpoint.NODE).stream().filter(n -> n.label().equals("cloud1"))
				.findFirst().orElseThrow();
		Bounds b = cloud.bounds();
		int x = (int) Math.round((b.x() + 4) * 2);
		int y = (int) Math.round((b.bottom() - 4) * 2);
		assertEquals(0xe3f2fd, image.getRGB(x, y) & 0xffffff);
		assertEquals(0xffffff, image.getRGB(0, 0) & 0xffffff);
		assertNotEquals(0xffffff, image.getRGB(x, y) & 0xffffff);
	}
}
