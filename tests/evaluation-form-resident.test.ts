import '../src/evaluation-form/evaluation-form.js';
import { evaluationResidentFixture } from './fixtures/evaluation.js';
import { formControlSuite } from './support/form-control-suite.js';

formControlSuite(evaluationResidentFixture);
