/** A dossier number as dossiers are told apart: portal numbers are codes, the same in any letter case or width. */
export function dossierNumberKey(id: string): string {
  // NFKC folds full-width digits, letters and hyphens ("０００．００．１２．Ｈ０４") to ASCII, as an input method may type them.
  return id.normalize('NFKC').toUpperCase();
}
