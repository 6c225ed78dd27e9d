import { fail, run } from './action/main.js';

run().catch(fail);
