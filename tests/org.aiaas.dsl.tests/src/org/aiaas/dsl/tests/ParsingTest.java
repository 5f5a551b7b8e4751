package org.aiaas.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aiaas.model.AcceleratorKind;
import org.aiaas.model.AiModel;
import org.aiaas.model.Cell;
import org.aiaas.model.DeviceGroup;
import org.aiaas.model.ExponentialDistribution;
import org.aiaas.model.MixtureDistribution;
import org.aiaas.model.Node;
import org.aiaas.model.NodeKind;
import org.aiaas.model.PathlossScenario;
import org.aiaas.model.PlacementComparison;
import org.aiaas.model.PlacementKind;
import org.aiaas.model.PoissonArrivals;
import org.aiaas.model.Scenario;
import org.aiaas.model.SchedulerComparison;
import org.aiaas.model.SchedulerKind;
import org.aiaas.model.Workload;
import org.aiaas.model.units.QuantityKind;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** The text of a scenario becomes the model the simulator reads, with every value in place. */
class ParsingTest {

	static final String EDGE_VS_CLOUD = """
			scenario EdgeVsCloud {
			  seed 42  duration 10 min  warmup 1 min  replications 5

			  gpu EdgeGpu { fp16 121 TFLOPS  memory 24 GB  bandwidth 300 GB/s  power 72 W }
			  gpu BigGpu  { fp16 989 TFLOPS  memory 80 GB  bandwidth 3.35 TB/s power 700 W }

			  node edge1  edge  { gpus 1 x EdgeGpu  price 0.80 $/h }
			  node cloud1 cloud { gpus 8 x BigGpu   price 98 $/h }

			  cell gnb1 { band n78  bandwidth 100 MHz  numerology 1  tdd "DDDSU"
			              pathloss UMa  backhaul edge1 latency 1 ms }
			  devices phones { count 200  in gnb1  distance 50 m .. 500 m }
			  link edge1 -> cloud1 { bandwidth 10 Gbps  latency 20 ms }

			  model resnet50 { params 25.6 M  flops 4.1 GFLOP  input 150 KB  output 1 KB }
			  model llama7b  { llm  params 7 B  layers 32  kvheads 32  headdim 128 }

			  workload vision from phones { model resnet50  arrivals poisson 50 /s
			                                deadline 100 ms }
			  workload chat   from phones { model llama7b  arrivals poisson 2 /s
			                                prompt 512 tokens  output 128 tokens }

			  scheduler rr { slice 10 ms  queue 1000 }
			  placement latency-aware
			  compare scheduler fcfs, sjf, rr { slice 5 ms }
			  compare placement edge-first, cloud-only
			}
			""";

	private final ScenarioFixture fixture = new ScenarioFixture();

	@Test
	void designSketchParsesIntoTheModelWithoutIssues() {
		Resource resource = fixture.parse(EDGE_VS_CLOUD);
		List<Issue> issues = ScenarioFixture.validate(resource);
		assertTrue(issues.isEmpty(), ScenarioFixture.describe(issues));

		Scenario scenario = ScenarioFixture.scenario(resource);
		assertEquals("EdgeVsCloud", scenario.getName());
		assertEquals(42L, scenario.getSeed());
		assertEquals(5, scenario.getReplications());
		// 10 min = 600 s; 1 min = 60 s.
		assertEquals(600.0, QuantityKind.toBase(scenario.getDuration()));
		assertEquals(60.0, QuantityKind.toBase(scenario.getWarmup()));
		assertEquals(AcceleratorKind.GPU, scenario.getAccelerators().get(0).getKind());
		// 3.35 TB/s = 3.35e12 bytes per second.
		assertEquals(3.35e12, QuantityKind.toBase(scenario.getAccelerators().get(1).getBandwidth()), 1e3);
	}

	@Test
	void nodesCellsAndDevicesAreLinked() {
		Scenario scenario = ScenarioFixture.scenario(fixture.parse(EDGE_VS_CLOUD));
		Node edge = scenario.getNodes().get(0);
		Node cloud = scenario.getNodes().get(1);
		assertEquals(NodeKind.EDGE, edge.getKind());
		assertEquals(NodeKind.CLOUD, cloud.getKind());
		assertEquals(8, cloud.getAccelerators().get(0).getCount());
		assertSame(scenario.getAccelerators().get(1), cloud.getAccelerators().get(0).getType());
		// 98 $/h = 98 / 3600 $ per second.
		assertEquals(98.0 / 3600, QuantityKind.toBase(cloud.getPrice()), 1e-12);

		Cell cell = scenario.getCells().get(0);
		assertEquals("n78", cell.getBand());
		assertEquals(1, cell.getNumerology());
		assertEquals("DDDSU", cell.getTdd());
		assertEquals(PathlossScenario.UMA, cell.getPathloss());
		assertSame(edge, cell.getBackhaul());
		assertEquals(1e-3, QuantityKind.toBase(cell.getBackhaulLatency()));
		assertEquals(100e6, QuantityKind.toBase(cell.getBandwidth()));

		DeviceGroup phones = scenario.getDeviceGroups().get(0);
		assertSame(cell, phones.getCell());
		assertEquals(200.0, QuantityKind.toBase(phones.getCount()));
		assertEquals(50.0, QuantityKind.toBase(phones.getDistance().getLow()));
		assertEquals(500.0, QuantityKind.toBase(phones.getDistance().getHigh()));

		assertSame(edge, scenario.getLinks().get(0).getSource());
		assertSame(cloud, scenario.getLinks().get(0).getTarget());
		// 10 Gbps = 1.25e9 bytes per second.
		assertEquals(1.25e9, QuantityKind.toBase(scenario.getLinks().get(0).getBandwidth()));
	}

	@Test
	void modelsAndWorkloadsKeepTheirUnitsInContext() {
		Scenario scenario = ScenarioFixture.scenario(fixture.parse(EDGE_VS_CLOUD));
		AiModel resnet = scenario.getModels().get(0);
		AiModel llama = scenario.getModels().get(1);
		assertEquals(25.6e6, QuantityKind.toBase(resnet.getParams()), 1e-3);
		// "7 B" is seven billion where a count is expected, not seven bytes.
		assertEquals(7e9, QuantityKind.toBase(llama.getParams()));
		assertEquals(4.1e9, QuantityKind.toBase(resnet.getFlops()), 1e-3);
		assertEquals(150e3, QuantityKind.toBase(resnet.getInput()));
		assertTrue(llama.isLlm());
		assertFalse(resnet.isLlm());
		assertEquals(32, llama.getKvHeads());

		Workload vision = scenario.getWorkloads().get(0);
		assertSame(resnet, vision.getModel());
		assertSame(scenario.getDeviceGroups().get(0), vision.getSource());
		PoissonArrivals arrivals = assertInstanceOf(PoissonArrivals.class, vision.getArrivals());
		assertEquals(50.0, QuantityKind.toBase(arrivals.getRate()));
		assertEquals(0.1, QuantityKind.toBase(vision.getDeadline()));
		Workload chat = scenario.getWorkloads().get(1);
		assertNotNull(chat.getPrompt());
		assertEquals(512.0, org.aiaas.model.analysis.Moments.mean(chat.getPrompt()).getAsDouble());
		assertEquals(128.0, org.aiaas.model.analysis.Moments.mean(chat.getOutputTokens()).getAsDouble());
	}

	@Test
	void policiesAndComparisons() {
		Scenario scenario = ScenarioFixture.scenario(fixture.parse(EDGE_VS_CLOUD));
		assertEquals(SchedulerKind.RR, scenario.getScheduler().getKind());
		assertEquals(0.01, QuantityKind.toBase(scenario.getScheduler().getSlice()));
		assertEquals(1000, scenario.getScheduler().getQueue());
		assertEquals(PlacementKind.LATENCY_AWARE, scenario.getPlacement());
		SchedulerComparison schedulers = assertInstanceOf(SchedulerComparison.class, scenario.getComparisons().get(0));
		assertEquals(List.of(SchedulerKind.FCFS, SchedulerKind.SJF, SchedulerKind.RR),
				schedulers.getSchedulers().stream().map(s -> s.getKind()).toList());
		assertEquals(0.005, QuantityKind.toBase(schedulers.getSchedulers().get(2).getSlice()));
		PlacementComparison placements = assertInstanceOf(PlacementComparison.class, scenario.getComparisons().get(1));
		assertEquals(List.of(PlacementKind.EDGE_FIRST, PlacementKind.CLOUD_ONLY), placements.getPlacements());
	}

	@Test
	void serviceTimeDistributionsAtANode() {
		Scenario scenario = ScenarioFixture.scenario(fixture.parse("""
				scenario Queue {
				  node server cloud { slots 2 queue 10 }
				  workload jobs at server {
				    arrivals poisson 8 /s
				    service mixture { 0.9 : exponential 10 ms, 0.1 : exponential 910 ms }
				  }
				}
				"""));
		Workload jobs = scenario.getWorkloads().get(0);
		assertSame(scenario.getNodes().get(0), jobs.getTarget());
		MixtureDistribution mixture = assertInstanceOf(MixtureDistribution.class, jobs.getService());
		assertEquals(2, mixture.getBranches().size());
		assertInstanceOf(ExponentialDistribution.class, mixture.getBranches().get(1).getDistribution());
		// E[S] = 0.9 × 10 ms + 0.1 × 910 ms = 100 ms.
		assertEquals(0.1, org.aiaas.model.analysis.Moments.mean(jobs.getService()).getAsDouble(), 1e-12);
	}

	@Test
	void rangesNeedNoSpacesAroundTheDots() {
		Resource resource = fixture.parse("""
				scenario Ranges {
				  node n1 edge { slots 1 }
				  cell c1 { band n78 bandwidth 20 MHz backhaul n1 }
				  devices d1 { count 10 in c1 distance 1 km..8 km }
				  workload w at n1 { arrivals poisson 1 /s service uniform 1 ms..3 ms }
				}
				""");
		List<Issue> issues = ScenarioFixture.validate(resource);
		assertTrue(issues.isEmpty(), ScenarioFixture.describe(issues));
		DeviceGroup group = ScenarioFixture.scenario(resource).getDeviceGroups().get(0);
		// "1 km..8 km" lexes as 1, km, .., 8, km: a number never swallows the first dot of "..".
		assertEquals(8000.0, QuantityKind.toBase(group.getDistance().getHigh()));
	}
}
