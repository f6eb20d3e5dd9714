import { createJobsWorker } from './worker.ts';

/** The jobs Worker as deployed (see worker.ts). */
export default createJobsWorker();
