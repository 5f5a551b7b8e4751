package org.aiaas.ui.run.tests;

/** Hand-written results files, with values chosen so that every figure can be checked by hand. */
final class Fixtures {

	private Fixtures() {
	}

	/** The example of docs/results-schema.md: one variant "fcfs", one node "gpu", one request lost to a full queue. */
	static final String SCHEMA_EXAMPLE = """
			{
			  "schema": "aiaas-results/1",
			  "scenario": "two GPUs",
			  "seed": 42,
			  "replications": 3,
			  "durationS": 100.0,
			  "warmupS": 10.0,
			  "variants": [
			    {
			      "name": "fcfs",
			      "offered": 8,
			      "completed": 7,
			      "lost": 1,
			      "lostByCause": {
			        "queue": 1,
			        "deadline": 0,
			        "memory": 0,
			        "radio": 0
			      },
			      "metrics": {
			        "meanWaitS": {"mean": 0.25, "ci95": 0.0625},
			        "meanResponseS": {"mean": 0.75, "ci95": 0.125},
			        "p50ResponseS": {"mean": 0.5, "ci95": 0.25},
			        "p95ResponseS": {"mean": 2.0, "ci95": 0.5},
			        "p99ResponseS": {"mean": 3.0, "ci95": null, "reason": "one replication: no interval"},
			        "lossRate": {"mean": 0.125, "ci95": 0.0},
			        "throughputPerS": {"mean": 7.0, "ci95": 0.5},
			        "slaAttainment": {"mean": 0.875, "ci95": 0.03125},
			        "jainFairness": {"mean": null, "ci95": null, "reason": "not computed by this run"}
			      },
			      "utilization": {
			        "gpu": 0.5
			      },
			      "nodes": [
			        {
			          "name": "gpu",
			          "utilization": {"mean": 0.5, "ci95": 0.25},
			          "meanQueueLength": {"mean": 1.5, "ci95": 0.5},
			          "queueLength": [[0.0, 0.0], [10.0, 2.0]]
			        }
			      ],
			      "responseCdf": [[0.5, 0.5], [3.0, 1.0]],
			      "warnings": [
			        "queue grows"
			      ]
			    }
			  ]
			}
			""";
}
