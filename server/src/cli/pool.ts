// Runs `sourced analyze` tasks on a pool of worker threads and hands the results back in task
// order, whatever order the workers finish in. A worker that dies fails only the file it was on.

import { Worker } from 'node:worker_threads';
import { failed, type FileResult, type FileTask } from './analyzeFile';
import type { WorkerRequest } from './worker';

export interface PoolOptions {
  /** dist/worker.js. */
  readonly workerFile: string;
  readonly workers: number;
  /** Called once per task, in task order. */
  readonly onResult: (index: number, result: FileResult) => void;
  /** Heap limit of each worker, so one huge article cannot take the machine's memory. */
  readonly maxHeapMb?: number;
}

/** Tasks each worker holds at once: the next one is queued while it analyses, so it never waits on a message. */
const PER_WORKER = 4;
/** Results that may wait for an earlier, slower file before they are printed. */
const WINDOW = 512;

interface Slot {
  worker: Worker;
  /** Task indexes sent and not answered yet, oldest first. */
  readonly busy: number[];
}

export function runPool(tasks: readonly FileTask[], options: PoolOptions): Promise<void> {
  return new Promise((resolve) => {
    const done = new Map<number, FileResult>();
    const queue: number[] = tasks.map((_, i) => i);
    let next = 0; // the next index to hand to onResult
    const slots: Slot[] = [];
    let finished = false;

    const flush = (): void => {
      while (done.has(next)) {
        const r = done.get(next)!;
        done.delete(next);
        options.onResult(next, r);
        next++;
      }
      if (next === tasks.length && !finished) {
        finished = true;
        for (const s of slots) void s.worker.terminate();
        resolve();
      }
    };

    const feed = (slot: Slot): void => {
      while (slot.busy.length < PER_WORKER && queue.length > 0 && queue[0]! < next + WINDOW) {
        const i = queue.shift()!;
        slot.busy.push(i);
        const request: WorkerRequest = { id: i, task: tasks[i]! };
        slot.worker.postMessage(request);
      }
    };

    const start = (slot: Slot | null): Slot => {
      const worker = new Worker(options.workerFile, { resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 2048 } });
      const s: Slot = slot ?? { worker, busy: [] };
      s.worker = worker;
      worker.on('message', ({ id, result }: { id: number; result: FileResult }) => {
        const k = s.busy.indexOf(id);
        if (k >= 0) s.busy.splice(k, 1);
        done.set(id, result);
        flush();
        for (const other of slots) feed(other);
      });
      const crashed = (reason: string): void => {
        if (finished || s.worker !== worker) return;
        // The oldest task is the one it was analysing; the others go back to the queue.
        const [current, ...rest] = s.busy.splice(0);
        if (current !== undefined) done.set(current, failed(tasks[current]!.path, `could not be analysed: ${reason}`));
        queue.unshift(...rest);
        queue.sort((a, b) => a - b);
        start(s);
        flush();
        for (const other of slots) feed(other);
      };
      worker.on('error', (err) => crashed(err instanceof Error ? err.message : String(err)));
      worker.on('exit', (code) => crashed(`the worker stopped (exit code ${code})`));
      if (!slot) slots.push(s);
      return s;
    };

    if (tasks.length === 0) {
      finished = true;
      resolve();
      return;
    }
    const n = Math.max(1, Math.min(options.workers, tasks.length));
    for (let k = 0; k < n; k++) start(null);
    for (const s of slots) feed(s);
  });
}
