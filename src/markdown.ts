// Text from a record or an amendment (a village's name, an amendment's title, a message quoting them) set into
// Markdown: it must stay text. Every character that Markdown or the HTML inside it could read as markup is
// escaped, and a line break cannot end a table row or a heading.

const SPECIAL = /[\\`*_[\]|~]/g;

/** `text` as literal Markdown text on one line: no HTML, link, emphasis or table cell can be made of it. */
export function markdownText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ');
}
