package org.aiaas.ui.run.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.report.HtmlReport;
import org.aiaas.sim.report.ReportFiles;
import org.aiaas.sim.report.ResultsCsv;
import org.aiaas.ui.run.results.ChartData;
import org.aiaas.ui.run.results.ResultsCharts;
import org.aiaas.ui.run.results.ResultsFormatException;
import org.aiaas.ui.run.results.ResultsReader;
import org.aiaas.ui.run.results.RunComparison;
import org.aiaas.ui.run.results.SummaryModel;
import org.aiaas.ui.run.results.TrainingCharts;
import org.aiaas.ui.run.results.TrainingResults;
import org.aiaas.ui.run.results.TrainingResultsReader;
import org.aiaas.ui.run.results.TrainingSummary;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * The results of a run (results.json), read-only: the summary table per variant (mean ± 95 %
 * half-width), the charts of whatever the file holds, and, after "Compare with…", a second run
 * side by side. Exports the same figures as results.csv and report.html. A training results file
 * (schema aiaas-training/1: {@code aiaas train}'s results.json, the workbench's
 * {@code <job>.training.json}) shows its summary per job and its training curves instead.
 */
public final class ResultsEditor extends EditorPart {

	public static final String ID = "org.aiaas.ui.run.editor.ResultsEditor";

	private static final int CHART_WIDTH = 460;
	private static final int CHART_HEIGHT = 280;

	private Path file;
	private SimulationResult result;
	private TrainingResults training;
	private String problem;
	private CTabFolder tabs;
	private Table summaryTable;
	private final List<ChartCanvas> charts = new ArrayList<>();
	private Table comparisonTable;
	private SimulationResult compared;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		file = pathOf(input);
		if (file == null) {
			throw new PartInitException("results can only be opened from a file, not " + input.getName());
		}
		try {
			if (TrainingResultsReader.isTrainingFile(Files.readString(file, StandardCharsets.UTF_8))) {
				training = TrainingResultsReader.read(file);
			} else {
				result = ResultsReader.read(file);
			}
		} catch (IOException e) {
			problem = "Cannot read " + file + ": " + e.getMessage();
		} catch (ResultsFormatException e) {
			problem = e.getMessage();
		}
	}

	private static Path pathOf(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
			return fileInput.getFile().getLocation().toFile().toPath();
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			return Path.of(uriInput.getURI());
		}
		IFile adapted = input.getAdapter(IFile.class);
		return adapted != null && adapted.getLocation() != null ? adapted.getLocation().toFile().toPath() : null;
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		if (training != null) {
			createTrainingControl(parent);
			return;
		}
		if (result == null) {
			Label label = new Label(parent, SWT.WRAP);
			label.setText("This file cannot be shown as results:\n" + problem);
			label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			return;
		}
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(4, false));
		Label heading = new Label(bar, SWT.NONE);
		heading.setText(String.format("%s — %d replication%s of %s s (warm-up %s s), seed %d", result.scenario(),
				result.replications(), result.replications() == 1 ? "" : "s",
				org.aiaas.sim.report.Numbers.format(result.durationS()),
				org.aiaas.sim.report.Numbers.format(result.warmupS()), result.seed()));
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button(bar, "Compare with…", this::chooseComparison);
		button(bar, "Export CSV…", () -> chooseExport("results.csv", true));
		button(bar, "Export HTML…", () -> chooseExport("report.html", false));
		tabs = new CTabFolder(parent, SWT.BORDER);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		summaryTable = summaryTab(result);
		chartsTab("Charts", ResultsCharts.of(result));
		tabs.setSelection(0);
	}

	private void createTrainingControl(Composite parent) {
		Label heading = new Label(parent, SWT.NONE);
		heading.setText(String.format("%s — training of %d job%s, seed %d", training.scenario(), training.jobs().size(),
				training.jobs().size() == 1 ? "" : "s", training.seed()));
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		tabs = new CTabFolder(parent, SWT.BORDER);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		summaryTable = table(TrainingSummary.COLUMNS, TrainingSummary.rows(training));
		CTabItem tab = new CTabItem(tabs, SWT.NONE);
		tab.setText("Summary");
		tab.setControl(summaryTable);
		chartsTab("Charts", TrainingCharts.of(training));
		tabs.setSelection(0);
	}

	private Table table(List<String> columns, List<List<String>> rows) {
		Table table = new Table(tabs, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String column : columns) {
			new TableColumn(table, SWT.LEFT).setText(column);
		}
		for (List<String> row : rows) {
			new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		return table;
	}

	private static void button(Composite bar, String text, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private Table summaryTab(SimulationResult shown) {
		SummaryModel model = SummaryModel.of(shown);
		Table table = new Table(tabs, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String column : model.columns()) {
			new TableColumn(table, SWT.LEFT).setText(column);
		}
		for (SummaryModel.Row row : model.rows()) {
			TableItem item = new TableItem(table, SWT.NONE);
			for (int c = 0; c < row.cells().size(); c++) {
				item.setText(c, row.cells().get(c).text());
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		CTabItem tab = new CTabItem(tabs, SWT.NONE);
		tab.setText("Summary");
		tab.setControl(table);
		return table;
	}

	private void chartsTab(String title, List<ChartData> data) {
		ScrolledComposite scroll = new ScrolledComposite(tabs, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite grid = new Composite(scroll, SWT.NONE);
		grid.setLayout(new GridLayout(2, true));
		for (ChartData chart : data) {
			ChartCanvas canvas = new ChartCanvas(grid, chart);
			GridData layout = new GridData(SWT.FILL, SWT.FILL, true, false);
			layout.widthHint = CHART_WIDTH;
			layout.heightHint = CHART_HEIGHT;
			canvas.setLayoutData(layout);
			charts.add(canvas);
		}
		scroll.setContent(grid);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		CTabItem tab = new CTabItem(tabs, SWT.NONE);
		tab.setText(title);
		tab.setControl(scroll);
	}

	private void chooseComparison() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setText("Compare with another results.json");
		dialog.setFilterExtensions(new String[] { "*.json" });
		dialog.setFilterPath(file.getParent().toString());
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			compareWith(Path.of(chosen));
		} catch (IOException | ResultsFormatException e) {
			MessageDialog.openError(getSite().getShell(), "Compare with…", e.getMessage());
		}
	}

	/** Adds the "Comparison" tab (table of both runs) and "Comparison charts" (A and B in each chart). */
	public void compareWith(Path other) throws IOException, ResultsFormatException {
		compared = ResultsReader.read(other);
		List<RunComparison.Row> rows = RunComparison.of(result, compared);
		comparisonTable = new Table(tabs, SWT.BORDER | SWT.FULL_SELECTION);
		comparisonTable.setHeaderVisible(true);
		comparisonTable.setLinesVisible(true);
		for (String column : List.of("Variant", "Metric", "A: " + file.getParent().getFileName(),
				"B: " + other.toAbsolutePath().getParent().getFileName(), "B − A", "95 % intervals")) {
			new TableColumn(comparisonTable, SWT.LEFT).setText(column);
		}
		for (RunComparison.Row row : rows) {
			new TableItem(comparisonTable, SWT.NONE).setText(new String[] { row.variant(), row.metric(), row.a(),
					row.b(), row.difference(), row.verdict().text() });
		}
		for (TableColumn column : comparisonTable.getColumns()) {
			column.pack();
		}
		CTabItem tab = new CTabItem(tabs, SWT.NONE);
		tab.setText("Comparison");
		tab.setControl(comparisonTable);
		chartsTab("Comparison charts", ResultsCharts.of(RunComparison.merged(result, compared)));
		tabs.setSelection(tab);
	}

	private void chooseExport(String name, boolean csv) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFileName(name);
		dialog.setFilterPath(file.getParent().toString());
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			if (csv) {
				exportCsv(Path.of(chosen));
			} else {
				exportHtml(Path.of(chosen));
			}
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Export", e.getMessage());
		}
	}

	/** results.csv of the shown run (schema in docs/results-schema.md), regenerated from the file. */
	public void exportCsv(Path target) throws IOException {
		ReportFiles.writeAtomically(target, ResultsCsv.toCsv(result));
	}

	/** report.html of the shown run, regenerated from the file. */
	public void exportHtml(Path target) throws IOException {
		ReportFiles.writeAtomically(target, HtmlReport.toHtml(result));
	}

	/** Brings the tab with this title ("Summary", "Charts", "Comparison", …) to the front. */
	public boolean showTab(String title) {
		for (CTabItem item : tabs.getItems()) {
			if (item.getText().equals(title)) {
				tabs.setSelection(item);
				return true;
			}
		}
		return false;
	}

	/** The run shown; null when the file could not be read or is a training results file. */
	public SimulationResult result() {
		return result;
	}

	/** The training results shown; null unless the file is a training results file. */
	public TrainingResults training() {
		return training;
	}

	public Table summaryTable() {
		return summaryTable;
	}

	public Table comparisonTable() {
		return comparisonTable;
	}

	public List<ChartCanvas> charts() {
		return List.copyOf(charts);
	}

	@Override
	public void setFocus() {
		if (tabs != null) {
			tabs.setFocus();
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only
	}

	@Override
	public void doSaveAs() {
		// read-only
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
