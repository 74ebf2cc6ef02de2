/** Ajv's error object, the fields procmap reads. */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
/** The standalone validator generated from schemas/config.schema.json. */
export declare const validate: ((data: unknown) => boolean) & { errors?: AjvError[] | null };
export default validate;
