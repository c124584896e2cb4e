import { SchemaForm } from '../schema-form/schema-form.component.js';
import { status } from '../instruments/status.js';

/**
 * Bilag 3, the status survey: the four status questions of the quality model, an optional
 * comment, and the conversation's date, counselling type and contact form.
 *
 * @summary Bilag 3, the status survey: `<schema-form>` with the status instrument.
 */
export class StatusSurvey extends SchemaForm {
  constructor() {
    super();
    this.instrument = status;
  }
}
