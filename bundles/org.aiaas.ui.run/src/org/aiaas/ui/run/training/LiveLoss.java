package org.aiaas.ui.run.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.aiaas.train.api.EpochResult;
import org.aiaas.ui.run.results.ChartData;
import org.aiaas.ui.run.results.TrainingCharts;

/**
 * The epochs of the training run in progress (or the last one), shared between the training job
 * that adds them and the loss chart view that draws them. Listeners are told on the adding thread.
 */
public final class LiveLoss {

	private static final LiveLoss INSTANCE = new LiveLoss();

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private String job = "";
	private final List<EpochResult> epochs = new ArrayList<>();

	private LiveLoss() {
	}

	public static LiveLoss get() {
		return INSTANCE;
	}

	/** Starts a new curve for {@code jobName}. */
	public void start(String jobName) {
		synchronized (this) {
			job = jobName;
			epochs.clear();
		}
		listeners.forEach(Runnable::run);
	}

	public void add(EpochResult epoch) {
		synchronized (this) {
			epochs.add(epoch);
		}
		listeners.forEach(Runnable::run);
	}

	public synchronized List<EpochResult> epochs() {
		return List.copyOf(epochs);
	}

	/** The chart of what is known so far; null before the first epoch. */
	public synchronized ChartData chart() {
		return epochs.isEmpty() ? null : TrainingCharts.loss(job, epochs);
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
