// Every consumer of scripts/test-consumers.js: { name, what, files: { path: text }, run({ app, dir, root }) }.
import { resolve } from 'node:path';
import { bundlers } from './bundlers.js';
import { typed } from './typed.js';
import { dropIn } from './drop-in.js';
import { size } from './size.js';

const root = resolve(import.meta.dirname, '../..');
export const consumers = [...bundlers, ...typed(root), dropIn(root), ...size];
