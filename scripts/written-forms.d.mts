/** The schema procmap validates with: every anyOf without its written forms (one left is the schema itself). */
export function withoutWrittenForms<T>(schema: T): T;
