package org.aiaas.sim.engine;

/** First come, first served: arrival order, a request keeps its slot until done, never preempts. */
final class FcfsScheduler extends FifoScheduler {
}
