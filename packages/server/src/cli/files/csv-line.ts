/**
 * One CSV record written on one line: fields separated by commas, each optionally in double quotes with ""
 * for a quote inside, surrounding spaces trimmed. A record per line is what measurement exports write, and it
 * keeps a bad quote to its own line: a quote left open never swallows the rows after it.
 */
export function splitCsvLine(line: string): string[] | { error: string } {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) return { error: `field ${fields.length + 1}: a quote opened at column ${i} is not closed` };
        value += line.slice(i, close);
        if (line[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      while (line[i] === ' ' || line[i] === '\t') i++;
      if (i < line.length && line[i] !== ',') {
        return {
          error: `field ${fields.length + 1}: expected a comma after the closing quote, found '${line[i]}' at column ${i + 1}`,
        };
      }
      fields.push(value);
    } else {
      const comma = line.indexOf(',', i);
      const value = (comma < 0 ? line.slice(i) : line.slice(i, comma)).trim();
      if (value.includes('"')) {
        return {
          error: `field ${fields.length + 1}: a quote inside an unquoted field (write the field in quotes, "" for a quote)`,
        };
      }
      fields.push(value);
      i = comma < 0 ? line.length : comma;
    }
    if (i >= line.length) return fields;
    i++; // the comma
  }
}
