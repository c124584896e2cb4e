// Every consumer of scripts/test-consumers.js: { name, what, files: { path: text }, run({ app, dir, root }) }.
import { bundlers } from './bundlers.js';

export const consumers = [...bundlers];
