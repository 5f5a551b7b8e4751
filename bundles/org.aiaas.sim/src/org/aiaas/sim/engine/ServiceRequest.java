package org.aiaas.sim.engine;

/**
 * The request a size estimator is asked about: its workload, the node it reached and what was
 * drawn for it there (prompt and output tokens of LLM workloads). One instance per replication is
 * reused for every request, so an estimator must not keep it.
 */
public final class ServiceRequest {

	private final ServiceFeatures layout;
	private final double[] row;
	int workload;
	int node;
	double promptTokens;
	double outputTokens;

	ServiceRequest(ServiceFeatures layout) {
		this.layout = layout;
		this.row = new double[layout.count()];
	}

	/** Starts describing a new request; tokens stay 0 unless the service model draws them. */
	void reset(int workloadIndex, int nodeIndex) {
		this.workload = workloadIndex;
		this.node = nodeIndex;
		this.promptTokens = 0;
		this.outputTokens = 0;
	}

	/** Called by LLM service models with the tokens they drew. */
	void tokens(int prompt, int output) {
		this.promptTokens = prompt;
		this.outputTokens = output;
	}

	public String workload() {
		return layout.workloadName(workload);
	}

	public String node() {
		return layout.nodeName(node);
	}

	public double promptTokens() {
		return promptTokens;
	}

	public double outputTokens() {
		return outputTokens;
	}

	/**
	 * The request's feature row in the order of {@link ServiceFeatures#names()}; a buffer that the
	 * next request overwrites.
	 */
	public double[] features() {
		layout.fill(row, workload, node, promptTokens, outputTokens);
		return row;
	}
}
