package org.aiaas.ui.quickfix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

import org.aiaas.ui.editor.MarkerProblemReporter;
import org.aiaas.ui.internal.Language;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.xtext.util.CancelIndicator;

/** A scenario file's text as the user sees it: the open editor's buffer if there is one, else the file. */
final class FileText {

	private FileText() {
	}

	static String read(IFile file) throws CoreException {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		if (buffer != null) {
			return buffer.getDocument().get();
		}
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (IOException e) {
			throw new CoreException(Status.error("cannot read " + file.getFullPath() + ": " + e.getMessage(), e));
		}
	}

	/** Validates the text again and replaces the file's problem markers (when no editor does it). */
	static void revalidate(IFile file, String text) {
		new MarkerProblemReporter(file).report(
				Language.get().validate(text, ScenarioMarkerResolutionGenerator.uriOf(file), CancelIndicator.NullImpl));
	}
}
