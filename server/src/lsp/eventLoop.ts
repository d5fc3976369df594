// Deferring work past the messages the event loop has not handled yet: for results that an edit
// received meanwhile would make stale, and for work that should wait until they are answered.

/** Event-loop turns the JSON-RPC reader takes to hand on a message that arrived while the loop was busy. */
export const MESSAGE_TURNS = 4;

/**
 * Runs `fn` once the messages that arrived while the event loop was busy have been handled. The
 * JSON-RPC reader hands a message on through two `setImmediate` hops (decoding, then the message
 * queue); four turns leave room for both, and cost microseconds when nothing is waiting.
 */
export function afterReceivedMessages(fn: () => void, turns = MESSAGE_TURNS): void {
  if (turns <= 0) fn();
  else setImmediate(() => afterReceivedMessages(fn, turns - 1));
}
