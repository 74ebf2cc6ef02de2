/** TypeScript source declaring `rootName` for a schema, and a type named `defPrefix` + name for each of its `$defs`. */
export function schemaTypes(
  schema: unknown,
  names: { rootName: string; defPrefix: string; schemaFile: string },
): string;

/** Where the procedure file's type comes from and goes, and its names. */
export const PROCEDURE_TYPES: { schemaFile: string; outFile: string; rootName: string; defPrefix: string };
