/**
 * Analytic compute models of AI serving and training: roofline service times and batching,
 * LLM prefill/decode with the KV cache, ring all-reduce for data-parallel training, energy and
 * cost. Pure functions in SI units (FLOP, FLOP/s, bytes, bytes/s, s, W, J, $); the engine calls
 * them with values already converted from the scenario. Bad arguments throw
 * {@link IllegalArgumentException} naming the argument.
 */
package org.aiaas.sim.compute;
