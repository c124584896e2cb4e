import type { Instrument } from '../engine/instrument.js';
import { status } from '../instruments/status.js';
import type { InstrumentRegistry } from './dataset.js';

/**
 * The library's instruments, by envelope id: answers are validated with their schemas and
 * their choice questions reported. An evaluation may also be registered per part
 * (`evaluation:advisor`, `evaluation:resident`).
 */
export const defaultInstruments: InstrumentRegistry = new Map<string, Instrument>([[status.id, status]]);
