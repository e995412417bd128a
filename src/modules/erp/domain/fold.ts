/** Text as searches compare it, pure: without diacritics, lowercase, trimmed (`Plătite ` → `platite`). */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
}
