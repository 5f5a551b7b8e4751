package org.aiaas.dsl.validation;

import org.aiaas.model.Accelerator;
import org.aiaas.model.AcceleratorAllocation;
import org.aiaas.model.Node;
import org.eclipse.xtext.validation.Check;

/** Accelerators have the figures the compute model needs; nodes have sane slot and queue sizes. */
public class HardwareValidator extends AiaasCheckBase {

	/** Larger batches than any serving engine forms (Triton's max_batch_size is typically ≤ 1024). */
	static final int MAX_BATCH = 4096;

	@Check
	public void checkAccelerator(Accelerator accelerator) {
		String what = accelerator.getKind().getLiteral() + " " + accelerator.getName();
		if (accelerator.getFp32() == null && accelerator.getFp16() == null && accelerator.getBf16() == null
				&& accelerator.getFp8() == null && accelerator.getInt8() == null) {
			error(what + " needs a peak compute rate, e.g. 'fp16 121 TFLOPS' (or fp32, bf16, fp8, int8)", accelerator,
					P.getNamedElement_Name(), IssueCodes.MISSING_PROPERTY);
		}
		if (accelerator.getMemory() == null) {
			error(what + " needs 'memory', e.g. 'memory 24 GB'", accelerator, P.getNamedElement_Name(),
					IssueCodes.MISSING_PROPERTY);
		}
		if (accelerator.getBandwidth() == null) {
			error(what + " needs its memory 'bandwidth', e.g. 'bandwidth 300 GB/s'", accelerator,
					P.getNamedElement_Name(), IssueCodes.MISSING_PROPERTY);
		}
	}

	@Check
	public void checkAllocation(AcceleratorAllocation allocation) {
		if (allocation.getCount() < 1) {
			error("the number of accelerators must be at least 1, found " + allocation.getCount(), allocation,
					P.getAcceleratorAllocation_Count(), IssueCodes.OUT_OF_RANGE);
		}
	}

	@Check
	public void checkNode(Node node) {
		if (node.isSetSlots() && node.getSlots() < 1) {
			error("'slots' must be at least 1 (requests served at once), found " + node.getSlots(), node,
					P.getNode_Slots(), IssueCodes.OUT_OF_RANGE);
		}
		if (node.isSetQueue() && node.getQueue() == 0) {
			warning("'queue 0': a request that finds every slot of " + node.getName()
					+ " busy is lost; omit 'queue' for an unbounded queue", node, P.getNode_Queue(),
					IssueCodes.INCONSISTENT);
		}
		if (node.isSetBatchMax() && (node.getBatchMax() < 1 || node.getBatchMax() > MAX_BATCH)) {
			error("'batching max' must be 1 to " + MAX_BATCH + " requests per batch, found " + node.getBatchMax(), node,
					P.getNode_BatchMax(), IssueCodes.OUT_OF_RANGE);
		}
		if (base(node.getEfficiency()).orElse(0) > 1) {
			error("'efficiency' is a share of the peak and cannot exceed 100 %", node, P.getNode_Efficiency(),
					IssueCodes.OUT_OF_RANGE);
		}
	}
}
