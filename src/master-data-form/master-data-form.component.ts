import { SchemaForm } from '../schema-form/schema-form.component.js';
import { masterData } from '../instruments/master-data.js';
import { loadPostcodes, postcodesLoaded } from '../postcodes/postcodes.js';

/**
 * Bilag 2, master data: registered by the advisor when a resident's course starts. The
 * postcode shows its town as it is typed, and an unknown postcode is an error.
 *
 * The postcode table is a module of its own, loaded the first time the form is about to render
 * (once per page): prefill, validation and the town shown all have it from the first render.
 *
 * @summary Bilag 2, master data: `<schema-form>` with the master-data instrument and the postcode table.
 */
export class MasterDataForm extends SchemaForm {
  constructor() {
    super();
    this.instrument = masterData;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (postcodesLoaded()) return super.scheduleUpdate();
    return loadPostcodes().then(
      () => super.scheduleUpdate(),
      (error: unknown) => {
        // Without the table no postcode counts as known: the form says so at the field.
        console.error('raadgivning-forms: the postcode table could not be loaded; serve the chunks beside the script.', error);
        return super.scheduleUpdate();
      },
    );
  }
}
