import type { Instrument } from '../engine/instrument.js';
import { status } from '../instruments/status.js';
import { masterData } from '../instruments/master-data.js';
import { evaluation, evaluationParts } from '../instruments/evaluation.js';
import { postcodeTowns } from '../postcodes/table.js';
import { postcodesLoaded, usePostcodeTable } from '../postcodes/postcodes.js';
import type { InstrumentRegistry } from './dataset.js';

// Master data is valid only with a postcode in the postal service's file: a report checks
// every record at once, synchronously, so the table is registered here up front (as the server
// entry does) rather than loaded lazily as a form does.
if (!postcodesLoaded()) usePostcodeTable(postcodeTowns);

/**
 * The library's instruments, by envelope id: answers are validated with their schemas and
 * their choice questions reported. An evaluation envelope with a `part` is validated with that
 * part alone (`evaluation:advisor`, `evaluation:resident`), one with both parts with the whole.
 */
export const defaultInstruments: InstrumentRegistry = new Map<string, Instrument>([
  [masterData.id, masterData],
  [status.id, status],
  [evaluation.id, evaluation],
  ['evaluation:advisor', evaluationParts.advisor],
  ['evaluation:resident', evaluationParts.resident],
]);
