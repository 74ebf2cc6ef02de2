/** schemas/calendar.schema.json as procmap validates with it: without the forms it reads before (scripts/written-forms.mjs). */
declare const calendarSchema: Record<string, unknown>;
export default calendarSchema;
