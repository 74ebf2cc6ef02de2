import JSZip from 'jszip';

/** The dates a zip's entries carry, and the created and modified dates of its properties. */
export async function datesOf(
  file: Buffer,
): Promise<{ entries: string[]; created: string | undefined; modified: string | undefined }> {
  const zip = await JSZip.loadAsync(file);
  const core = await zip.file('docProps/core.xml')!.async('string');
  const property = (name: string) => new RegExp(`<dcterms:${name}[^>]*>([^<]*)<`).exec(core)?.[1];
  return {
    entries: [...new Set(Object.values(zip.files).map((entry) => entry.date.toISOString()))],
    created: property('created'),
    modified: property('modified'),
  };
}
