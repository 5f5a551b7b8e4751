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

	/**
	 * A training results file (schema aiaas-training/1) as TrainingResultsJson writes it: a
	 * centralised classifier "clf" of three epochs (no validation figures in epoch 1, kept epoch 2)
	 * and a federated job "fed" of two rounds aggregated at two nodes, "edge" and "cloud".
	 */
	static final String TRAINING_EXAMPLE = """
			{
			  "schema": "aiaas-training/1",
			  "scenario": "learning",
			  "seed": 7,
			  "jobs": [
			    {
			      "name": "clf",
			      "kind": "centralised",
			      "network": "2-16-1",
			      "samples": {"train": 600, "validation": 200, "test": 200},
			      "epochs": [
			        {"epoch": 1, "trainLoss": 0.75, "trainAccuracy": 0.5, "validationLoss": null, "validationAccuracy": null, "seconds": 0.1},
			        {"epoch": 2, "trainLoss": 0.5, "trainAccuracy": 0.75, "validationLoss": 0.375, "validationAccuracy": 0.875, "seconds": 0.1},
			        {"epoch": 3, "trainLoss": 0.25, "trainAccuracy": 0.875, "validationLoss": 0.5, "validationAccuracy": 0.8125, "seconds": 0.1}
			      ],
			      "bestEpoch": 2,
			      "stopReason": "patience",
			      "test": {"loss": 0.4, "accuracy": 0.85},
			      "modelFile": "clf.model"
			    },
			    {
			      "name": "fed",
			      "kind": "federated",
			      "network": "2-8-1",
			      "samples": {"train": 300, "validation": 100, "test": 100},
			      "federated": {
			        "rounds": 2,
			        "localEpochs": 1,
			        "shards": "iid",
			        "participants": 2,
			        "modelBytes": 1024,
			        "clients": [
			          {"name": "phones#0", "group": "phones", "samples": 150},
			          {"name": "phones#1", "group": "phones", "samples": 150}
			        ]
			      },
			      "rounds": [
			        {"round": 1, "trainLoss": 0.625, "validationLoss": 0.5, "validationAccuracy": 0.625, "seconds": 0.2},
			        {"round": 2, "trainLoss": 0.5, "validationLoss": 0.25, "validationAccuracy": 0.75, "seconds": 0.2}
			      ],
			      "aggregation": [
			        {
			          "node": "edge",
			          "kind": "edge",
			          "roundSeconds": 1.5,
			          "slowest": "phones#1",
			          "slowestDownloadSeconds": 0.25,
			          "slowestComputeSeconds": 1.0,
			          "slowestUploadSeconds": 0.125,
			          "aggregationSeconds": 0.125,
			          "timeline": [
			            {"round": 1, "simulatedSeconds": 1.5, "validationAccuracy": 0.625},
			            {"round": 2, "simulatedSeconds": 3.0, "validationAccuracy": 0.75}
			          ]
			        },
			        {
			          "node": "cloud",
			          "kind": "cloud",
			          "roundSeconds": 2.5,
			          "slowest": "phones#0",
			          "slowestDownloadSeconds": 0.75,
			          "slowestComputeSeconds": 1.0,
			          "slowestUploadSeconds": 0.625,
			          "aggregationSeconds": 0.125,
			          "timeline": [
			            {"round": 1, "simulatedSeconds": 2.5, "validationAccuracy": 0.625},
			            {"round": 2, "simulatedSeconds": 5.0, "validationAccuracy": 0.75}
			          ]
			        }
			      ],
			      "test": {"loss": 0.3, "accuracy": 0.7},
			      "modelFile": "fed.model"
			    }
			  ]
			}
			""";
}
