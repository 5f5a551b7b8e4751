package org.aiaas.cli.tests.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aiaas.cli.ExitCode;
import org.aiaas.cli.tests.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports through the command line: a file sees the declarations of the local files it imports,
 * and an import of a URL is refused by the language before anything is opened, so checking a
 * scenario never reaches the network.
 */
class ImportsTest {

	private static final String LIBRARY = "library Gpus {\n"
			+ "  gpu Mine { fp16 100 TFLOPS memory 16 GB bandwidth 500 GB/s }\n}\n";

	/** Uses the accelerator {@code %s}: Mine from the library, or H100 from the standard library. */
	private static final String USES_GPU = "scenario Main {\n  node n cloud { gpus 2 x %s }\n"
			+ "  workload w at n { arrivals poisson 1 /s service constant 1 ms }\n}\n";

	@TempDir
	Path folder;

	private String write(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file.toString();
	}

	@Test
	void aSiblingLibraryIsImportedAndItsDeclarationsResolve() throws IOException {
		write("gpus.aiaas", LIBRARY);
		String main = write("main.aiaas", "import \"gpus.aiaas\"\n" + String.format(USES_GPU, "Mine"));
		// Only main.aiaas is named: the library is found through the import, relative to main.aiaas.
		Cli.Result result = Cli.run("check", main);
		assertEquals(ExitCode.OK, result.exit(), result.transcript());
		assertEquals(List.of(), result.out());
		assertEquals(List.of("1 file checked: 0 errors, 0 warnings"), result.err());
	}

	@Test
	void withoutTheImportTheLibrarysNameIsUnknown() throws IOException {
		write("gpus.aiaas", LIBRARY);
		String main = write("main.aiaas", String.format(USES_GPU, "Mine"));
		Cli.Result result = Cli.run("check", main);
		assertEquals(ExitCode.ERRORS, result.exit(), result.transcript());
		// Line 2 "  node n cloud { gpus 2 x Mine }": 'Mine' starts at column 27. The rest of the message
		// suggests or lists names of the standard library, which this test does not pin down.
		assertEquals(1, result.out().size(), result.transcript());
		assertTrue(result.out().get(0).startsWith(main + ":2:27: error: unknown accelerator 'Mine'"),
				result.transcript());
	}

	@Test
	void theLibraryAndTheFileImportingItCanBeCheckedTogether() throws IOException {
		String library = write("gpus.aiaas", LIBRARY);
		String main = write("main.aiaas", "import \"gpus.aiaas\"\n" + String.format(USES_GPU, "Mine"));
		Cli.Result result = Cli.run("check", library, main);
		assertEquals(ExitCode.OK, result.exit(), result.transcript());
		assertEquals(List.of("2 files checked: 0 errors, 0 warnings"), result.err());
	}

	@Test
	void anHttpImportIsRefusedAndNothingIsFetched() throws IOException {
		// A server that counts as "fetched" any connection at all, on this machine only.
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			String url = "http://127.0.0.1:" + server.getLocalPort() + "/gpus.aiaas";
			String main = write("main.aiaas", "import \"" + url + "\"\n" + String.format(USES_GPU, "H100"));
			Cli.Result result = Cli.run("check", main);
			assertEquals(ExitCode.ERRORS, result.exit(), result.transcript());
			// Line 1 'import "http://..."': the string starts at column 8.
			assertEquals(List.of(main + ":1:8: error: imports name files only; '" + url
					+ "' is a 'http:' address, and scenarios never reach the network"), result.out());
			// A connection attempt would wait in the backlog; none may be there.
			server.setSoTimeout(200);
			assertThrows(SocketTimeoutException.class, server::accept, "the check connected to " + url);
		}
	}
}
