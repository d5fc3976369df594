// A worker thread of `sourced analyze`'s pool (dist/worker.js): analyses the files it is sent, one
// message each, and answers with the result under the same id. See pool.ts.

import { parentPort } from 'node:worker_threads';
import { analyzeFile, failed, type FileTask } from './analyzeFile';

export interface WorkerRequest {
  readonly id: number;
  readonly task: FileTask;
}

parentPort?.on('message', ({ id, task }: WorkerRequest) => {
  let result;
  try {
    result = analyzeFile(task);
  } catch (err) {
    result = failed(task.path, `could not be analysed: ${err instanceof Error ? err.message : String(err)}`);
  }
  parentPort!.postMessage({ id, result });
});
