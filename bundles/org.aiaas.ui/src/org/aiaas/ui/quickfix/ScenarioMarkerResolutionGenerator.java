package org.aiaas.ui.quickfix;

import java.util.List;

import org.aiaas.dsl.quickfix.QuickFixes;
import org.aiaas.dsl.quickfix.TextFix;
import org.aiaas.ui.internal.Language;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.swt.graphics.Image;

/**
 * Quick fixes of scenario problem markers, for the Problems view (and anything that asks the
 * workbench's marker help registry): the same {@link QuickFixes} as the editor's Ctrl+1. The fix
 * edits the file's shared buffer, so an open editor sees it at once and its reconciler updates
 * the markers; a file that is not open is saved and validated again.
 */
public final class ScenarioMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return QuickFixes.isFixable(ScenarioQuickAssistProcessor.code(marker));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!hasResolutions(marker) || !(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		if (start < 0 || end < start) {
			return new IMarkerResolution[0];
		}
		try {
			String text = FileText.read(file);
			List<TextFix> fixes = Language.get().fixes(text, uriOf(file), ScenarioQuickAssistProcessor.code(marker),
					start, end - start);
			return fixes.stream().map(fix -> new Resolution(file, fix)).toArray(IMarkerResolution[]::new);
		} catch (CoreException e) {
			ILog.of(ScenarioMarkerResolutionGenerator.class).log(e.getStatus());
			return new IMarkerResolution[0];
		}
	}

	static URI uriOf(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	private record Resolution(IFile file, TextFix fix) implements IMarkerResolution2 {

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public String getDescription() {
			return fix.original().isEmpty() ? "Insert '" + fix.replacement().strip() + "'"
					: "Replace '" + fix.original() + "' by '" + fix.replacement() + "'";
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
			IPath path = file.getFullPath();
			try {
				manager.connect(path, LocationKind.IFILE, null);
				try {
					ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
					boolean openElsewhere = buffer.isShared();
					if (!FixProposal.apply(fix, buffer.getDocument())) {
						return;
					}
					if (!openElsewhere) {
						buffer.commit(null, true);
						FileText.revalidate(file, buffer.getDocument().get());
					}
				} finally {
					manager.disconnect(path, LocationKind.IFILE, null);
				}
			} catch (CoreException e) {
				ILog.of(ScenarioMarkerResolutionGenerator.class).log(e.getStatus());
			}
		}
	}
}
