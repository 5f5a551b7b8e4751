package org.aiaas.dsl.validation;

import java.util.OptionalDouble;

import org.aiaas.model.AiModel;
import org.aiaas.model.CsvDataset;
import org.aiaas.model.GeneratedDataset;
import org.aiaas.model.TrainingJob;
import org.eclipse.xtext.validation.Check;

/** A training job names a trainable model and data, with hyper-parameters in their ranges. */
public class TrainingValidator extends AiaasCheckBase {

	private static final double SPLIT_TOLERANCE = 1e-6;

	@Check
	public void checkTrainingJob(TrainingJob job) {
		String what = "training job " + job.getName();
		AiModel model = job.getModel();
		if (model == null) {
			error(what + " needs a 'model' to train", job, P.getNamedElement_Name(), IssueCodes.MISSING_PROPERTY);
		} else if (!model.eIsProxy() && model.getNetwork().isEmpty() && job.getTokens() == null) {
			error("model " + model.getName()
					+ " has no 'network { dense … }' to train for real, and the job gives no 'corpus' of tokens to simulate training by",
					job, P.getTrainingJob_Model(), IssueCodes.MISSING_PROPERTY);
		}
		if (job.getDataset() == null && job.getTokens() == null) {
			error(what + " needs a 'dataset', e.g. 'dataset moons samples 2000' or 'dataset csv \"data.csv\" label y'",
					job, P.getNamedElement_Name(), IssueCodes.MISSING_PROPERTY);
		}
		if (job.getTokens() != null && job.getDataset() == null) {
			checkClusterJob(job, what, model);
		}
		checkSplit(job);
		if (job.isSetLearningRate() && job.getLearningRate() <= 0) {
			error("'lr' (learning rate) must be greater than 0, found " + job.getLearningRate(), job,
					P.getTrainingJob_LearningRate(), IssueCodes.OUT_OF_RANGE);
		}
		if (job.isSetMomentum() && (job.getMomentum() < 0 || job.getMomentum() >= 1)) {
			error("'momentum' must be at least 0 and below 1, found " + job.getMomentum(), job,
					P.getTrainingJob_Momentum(), IssueCodes.OUT_OF_RANGE);
		}
		atLeastOne(job, job.isSetBatch(), job.getBatch(), "batch");
		atLeastOne(job, job.isSetEpochs(), job.getEpochs(), "epochs");
		atLeastOne(job, job.isSetPatience(), job.getPatience(), "patience");
	}

	/**
	 * A job with a 'corpus' and no 'dataset' is simulated on the cluster by 'aiaas run' (a job with a
	 * dataset is trained for real by 'aiaas train'): it needs its nodes and the model's size.
	 */
	private void checkClusterJob(TrainingJob job, String what, AiModel model) {
		if (job.getNodes().isEmpty()) {
			error(what + " has a 'corpus' and no 'dataset', so 'aiaas run' simulates it on the cluster: name the"
					+ " nodes it trains on, e.g. 'on cloud1, cloud2'", job, P.getTrainingJob_Tokens(),
					IssueCodes.MISSING_PROPERTY);
		}
		if (model != null && !model.eIsProxy() && model.getParams() == null) {
			error(what + " is sized by 6 × params × tokens: model " + model.getName() + " needs 'params'", job,
					P.getTrainingJob_Model(), IssueCodes.MISSING_PROPERTY);
		}
	}

	private void checkSplit(TrainingJob job) {
		if (job.getTrainSplit() == null) {
			return;
		}
		OptionalDouble train = base(job.getTrainSplit());
		OptionalDouble validation = base(job.getValidationSplit());
		OptionalDouble test = base(job.getTestSplit());
		if (train.isEmpty() || validation.isEmpty() || test.isEmpty()) {
			return;
		}
		double sum = train.getAsDouble() + validation.getAsDouble() + test.getAsDouble();
		if (Math.abs(sum - 1) > SPLIT_TOLERANCE) {
			error("the train, validation and test shares of 'split' must add up to 100 %, they add up to "
					+ Math.round(sum * 1000) / 10.0 + " %", job, P.getTrainingJob_TrainSplit(),
					IssueCodes.INCONSISTENT);
		}
	}

	private void atLeastOne(TrainingJob job, boolean set, int value, String property) {
		if (set && value < 1) {
			error("'" + property + "' must be at least 1, found " + value, job, null, IssueCodes.OUT_OF_RANGE);
		}
	}

	@Check
	public void checkGeneratedDataset(GeneratedDataset dataset) {
		if (dataset.isSetSamples() && dataset.getSamples() < 10) {
			error("a generated data set needs at least 10 samples to split into train, validation and test, found "
					+ dataset.getSamples(), dataset, P.getGeneratedDataset_Samples(), IssueCodes.OUT_OF_RANGE);
		}
		if (dataset.isSetNoise() && dataset.getNoise() < 0) {
			error("'noise' must be 0 or more", dataset, P.getGeneratedDataset_Noise(), IssueCodes.OUT_OF_RANGE);
		}
	}

	@Check
	public void checkCsvDataset(CsvDataset dataset) {
		if (dataset.getFile() == null || !dataset.getFile().toLowerCase().endsWith(".csv")) {
			error("a CSV data set names a .csv file next to the scenario, e.g. csv \"data/train.csv\"", dataset,
					P.getCsvDataset_File(), IssueCodes.OUT_OF_RANGE);
		}
	}
}
