package org.aiaas.ui.outline;

import java.util.Objects;
import java.util.function.BiConsumer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view's page for a scenario editor: the tree of {@link OutlineItem}s of the last
 * validated text. Selecting an entry reveals its name in the editor; moving the editor's caret
 * (also when the diagram selects an element's text) selects the entry of the declaration it is in.
 */
public final class ScenarioOutlinePage extends ContentOutlinePage {

	private final BiConsumer<Integer, Integer> reveal;
	private OutlineItem root;
	private boolean updating;

	/** @param reveal called with the offset and length of the selected entry's name */
	public ScenarioOutlinePage(BiConsumer<Integer, Integer> reveal) {
		this.reveal = Objects.requireNonNull(reveal, "reveal");
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ItemContentProvider());
		viewer.setLabelProvider(new ItemLabelProvider());
		viewer.setInput(root == null ? null : new Object[] { root });
		viewer.expandToLevel(3);
	}

	/** Shows a new outline (UI thread), expanded down to the device groups. */
	public void update(OutlineItem newRoot) {
		root = newRoot;
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		updating = true;
		try {
			viewer.getControl().setRedraw(false);
			viewer.setInput(newRoot == null ? null : new Object[] { newRoot });
			viewer.expandToLevel(3);
		} finally {
			viewer.getControl().setRedraw(true);
			updating = false;
		}
	}

	/** The outline shown (null before the first validation). */
	public OutlineItem root() {
		return root;
	}

	/** The tree widget (null until the Outline view shows the page). */
	public Tree tree() {
		TreeViewer viewer = getTreeViewer();
		return viewer == null || viewer.getControl().isDisposed() ? null : viewer.getTree();
	}

	/** Selects an entry as a click in the Outline view does. */
	public void select(OutlineItem item) {
		getTreeViewer().setSelection(new StructuredSelection(item), true);
	}

	/**
	 * Selects, without moving the editor, the innermost entry whose declaration holds the caret at
	 * {@code textOffset}; the top level (the scenario) is selected only between declarations.
	 */
	public void followCaret(int textOffset) {
		TreeViewer viewer = getTreeViewer();
		if (root == null || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		OutlineItem item = root.innermostAt(textOffset);
		if (item == null || (viewer.getSelection() instanceof IStructuredSelection current
				&& item.equals(current.getFirstElement()))) {
			return;
		}
		updating = true;
		try {
			viewer.setSelection(new StructuredSelection(item), true);
		} finally {
			updating = false;
		}
	}

	/** The selected entry, or null. */
	public OutlineItem selected() {
		TreeViewer viewer = getTreeViewer();
		return viewer != null && viewer.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineItem item ? item : null;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!updating && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineItem item) {
			reveal.accept(item.offset(), item.length());
		}
	}

	private static final class ItemContentProvider implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof Object[] roots ? roots : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof OutlineItem item ? item.children().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof OutlineItem item && !item.children().isEmpty();
		}
	}

	private static final class ItemLabelProvider extends LabelProvider {

		@Override
		public String getText(Object element) {
			return element instanceof OutlineItem item ? item.label() : String.valueOf(element);
		}

		@Override
		public Image getImage(Object element) {
			boolean container = element instanceof OutlineItem item && !item.children().isEmpty();
			return PlatformUI.getWorkbench().getSharedImages()
					.getImage(container ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJ_ELEMENT);
		}
	}
}
