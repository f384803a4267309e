// The worker script of `createWorker()`: zhibiao with the wasm beside the package's files.
import { expose } from './worker.js';

expose();
