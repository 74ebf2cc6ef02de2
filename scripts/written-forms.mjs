// The editor schemas (schemas/*.schema.json, which yaml-language-server reads) accept the forms officers write that
// procmap reads into others before it validates: `hours: "07:30-11:30, 13:00-17:00"`, `hours_per_day: "7,5"`,
// `- Nghỉ Tết: 04/02/2027 - 14/02/2027`. Each is a `$defs` entry named written…, offered beside procmap's own form in
// an anyOf. procmap validates what it has read, which holds none of them: its schema leaves them out, so that they
// change neither what procmap refuses nor what it says of it.

const WRITTEN = /^written[A-Z]/;

/** Whether a schema is a reference to a written form (`{ "$ref": "#/$defs/writtenHours" }`). */
function isWritten(schema) {
  return typeof schema?.$ref === 'string' && WRITTEN.test(schema.$ref.replace(/^#\/\$defs\//, ''));
}

/** The schema procmap validates with: every anyOf without its written forms (one left is the schema itself). */
export function withoutWrittenForms(schema) {
  if (Array.isArray(schema)) return schema.map(withoutWrittenForms);
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$defs') {
      out.$defs = Object.fromEntries(
        Object.entries(value)
          .filter(([name]) => !WRITTEN.test(name))
          .map(([name, def]) => [name, withoutWrittenForms(def)]),
      );
    } else if (key === 'anyOf' && value.some(isWritten)) {
      const kept = value.filter((alternative) => !isWritten(alternative)).map(withoutWrittenForms);
      if (kept.length !== 1) out.anyOf = kept;
      else
        for (const [inner, part] of Object.entries(kept[0])) {
          if (inner in schema) throw new Error(`written forms: "${inner}" is both beside and inside an anyOf`);
          out[inner] = part;
        }
    } else out[key] = withoutWrittenForms(value);
  }
  return out;
}
