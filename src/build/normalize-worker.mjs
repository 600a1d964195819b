// Worker-thread entry for normalize-stream.ts. Worker threads do not inherit
// tsx's loader, so register it here, then run the TypeScript slice.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { normalizeSlice } = await import('./normalize-slice.ts');
parentPort.postMessage(normalizeSlice(workerData));
