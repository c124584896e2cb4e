// The instruments entry (`raadgivning-forms/instruments`, dist/instruments.js): every
// instrument and the engine's validation, for a server (Node, no DOM). It registers the postcode
// table up front, so master data validates completely, unknown postcodes included, with no
// await. Browser code imports the main entry instead, whose postcode field loads the table
// lazily, when it is rendered.
import { postcodeTowns } from '../postcodes/table.js';
import { usePostcodeTable } from '../postcodes/postcodes.js';

usePostcodeTable(postcodeTowns);

export * from './index.js';
