import * as core from '@actions/core';
import { x } from './core/hello.js';
core.info(`hello ${x(1)}`);
