/** schemas/config.schema.json as procmap validates with it: without the forms it reads before (scripts/written-forms.mjs). */
declare const configSchema: Record<string, unknown>;
export default configSchema;
