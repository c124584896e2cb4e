/**
 * Version of the codebook (../INSTRUMENTS.md) these instruments implement. Every stored
 * envelope carries it. Bump it whenever a field id, an answer code or a rule changes.
 */
export const codebookVersion = '1';
