package org.aiaas.train.federated;

import org.aiaas.train.data.Samples;

/** A participating device (e.g. {@code phones#3}) with the training shard it holds. */
public record Client(String name, String group, Samples shard) {
}
