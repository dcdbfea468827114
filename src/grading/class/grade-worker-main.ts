// A class-grading worker's entry (forked by runWorkerPool, never imported): grades one
// submission per message it receives and sends the result back.
import { describeThrown } from '../sandbox/serialise-value.js';
import { gradeWorkerJob, type WorkerJob } from './grade-worker-job.js';

process.on('message', (job: WorkerJob) => {
  gradeWorkerJob(job).then(
    (result) => process.send?.(result),
    (error: unknown) => process.send?.({ index: job.index, kind: 'error', reason: describeThrown(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
