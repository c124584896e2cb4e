
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'answer.no': `No`,
'answer.partly': `Partly`,
'answer.yes': `Yes`,
'counsellingType.type2': `Single-issue guidance`,
'counsellingType.type3': `Economic counselling`,
'counsellingType.type4': `Debt counselling`,
'error.dateOrder': `The end date cannot be before the start date.`,
'error.exclusive': str`"${0}" cannot be combined with other answers.`,
'error.integer': `Enter a whole number.`,
'error.integer.min': str`Enter a whole number of at least ${0}.`,
'error.integer.range': str`Enter a whole number from ${0} to ${1}.`,
'error.invalidDate': `Enter a valid date.`,
'error.invalidOption': `Choose one of the answers shown.`,
'error.notApplicable': `This question does not apply given the other answers.`,
'error.required': `Fill in this field.`,
'error.required.multiple': `Choose at least one answer.`,
'error.required.single': `Choose an answer.`,
'error.tooLong': str`Enter at most ${0} characters.`,
'field.counsellingType': `Type of counselling`,
'form.errorPrefix': `Error:`,
'form.missingResident': `The form cannot be submitted: it has no resident id (the resident-id attribute). Contact whoever set up the system.`,
'form.notAnswered': `Not answered`,
'form.optional': `(optional)`,
'form.prefill.hint': `The fields below are left empty where the value could not be used. Fill them in and submit again.`,
'form.prefill.title': `Some prefilled answers could not be used`,
'form.submit': `Submit`,
'form.submitted': `The answers have been submitted.`,
'form.summary.title': `There is a problem`,
'prefill.invalidValue': str`The answer to "${0}" is not valid and was ignored.`,
'prefill.notJson': `The value (the value attribute) is not valid JSON.`,
'prefill.notObject': `The value must be a response object.`,
'prefill.unknownField': str`Unknown field "${0}" was ignored.`,
'question.disposableIncomeOverview': `Do you know how much money you have left each month after your fixed expenses?`,
'question.financialOverview': `Do you currently have an overview of your financial situation?`,
'scale.degree.high': `Yes, to a great extent`,
'scale.degree.low': `Only to a small extent`,
'scale.degree.none': `No, not at all`,
'scale.degree.some': `Yes, to some extent`,
'scale.dontKnow': `Don't know`,
'scale.rating.good': `Good`,
'scale.rating.neutral': `Neither good nor bad`,
'scale.rating.poor': `Poor`,
'scale.rating.veryGood': `Very good`,
'scale.rating.veryPoor': `Very poor`,
'status.adviceRating': `What do you think of the advice you received today?`,
'status.comment': `Is there anything else you would like to say about today's advice?`,
'status.contact': `Contact form`,
'status.contact.digital': `Digital (video, e-mail, message)`,
'status.contact.faceToFace': `Face to face`,
'status.contact.phone': `Phone`,
'status.date': `Date of the conversation`,
'status.expectedAdvice': `Did you get advice today on what you expected?`,
'status.section.questions': `Questions for the resident`,
'status.section.questions.hint': `The resident answers. The advisor may read the questions aloud and record the answers.`,
'status.section.session': `The conversation`,
'status.title': `Status survey`,
    };
  