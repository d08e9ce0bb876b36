// Units for diffing revisions: sentence-like chunks (a first, coarse pass) and word tokens (inside
// the chunks that changed). Each distinct unit gets a small integer id from a shared dictionary,
// so the diff compares integers.

export interface Units {
  ids: Int32Array;
  /** starts[i] = offset of unit i; starts[ids.length] = end of the range. */
  starts: Int32Array;
}

const WHITESPACE = 1;
const WORD = 2;
const MARK = 3;

/** Character classes for tokens: runs of whitespace, runs of word characters, single marks. */
function classOf(code: number): number {
  if (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x3000
  )
    return WHITESPACE;
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95)
    return WORD;
  if (
    code < 0xc0 ||
    (code >= 0x2010 && code <= 0x206f) ||
    (code >= 0x3001 && code <= 0x303f) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff0f)
  )
    return MARK;
  // Letters beyond ASCII, combining marks and surrogate halves stay inside words.
  return WORD;
}

function collect(
  text: string,
  from: number,
  to: number,
  dictionary: Map<string, number>,
  nextEnd: (at: number) => number,
): Units {
  const ids: number[] = [];
  const starts: number[] = [];
  for (let i = from; i < to;) {
    const j = Math.min(to, nextEnd(i));
    const unit = text.slice(i, j);
    let id = dictionary.get(unit);
    if (id === undefined) dictionary.set(unit, (id = dictionary.size));
    ids.push(id);
    starts.push(i);
    i = j;
  }
  starts.push(to);
  return { ids: Int32Array.from(ids), starts: Int32Array.from(starts) };
}

/** Word tokens of text[from, to): runs of letters/digits, runs of whitespace, single marks. */
export function wordTokens(text: string, from: number, to: number, dictionary: Map<string, number>): Units {
  return collect(text, from, to, dictionary, (i) => {
    const kind = classOf(text.charCodeAt(i));
    let j = i + 1;
    if (kind !== MARK) while (j < to && classOf(text.charCodeAt(j)) === kind) j++;
    return j;
  });
}

const BREAKS = /[\n.!?\u2026]/g;

function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026; // . ! ? …
}

function isCloser(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 41 || code === 93 || code === 0x201d || code === 0x2019 || code === 0xbb
  );
}

/**
 * Sentence-like chunks of text[from, to), each with its trailing whitespace: a chunk ends after a
 * line break, or after . ! ? … (and closing quotes or brackets) followed by whitespace. They need
 * not be real sentences ("Mr. Smith" splits too); they only have to split both revisions alike.
 */
export function sentenceChunks(text: string, from: number, to: number, dictionary: Map<string, number>): Units {
  return collect(text, from, to, dictionary, (i) => {
    // Only these characters can end a chunk: the regular expression engine skips to the next one
    // much faster than a loop over every character.
    for (let j = i; j < to; j++) {
      BREAKS.lastIndex = j;
      const next = BREAKS.exec(text);
      if (!next || next.index >= to) return to;
      j = next.index;
      const code = text.charCodeAt(j);
      let end = -1;
      if (code === 10) end = j + 1;
      else if (isSentenceEnd(code)) {
        let k = j + 1;
        while (k < to && (isSentenceEnd(text.charCodeAt(k)) || isCloser(text.charCodeAt(k)))) k++;
        if (k < to && classOf(text.charCodeAt(k)) === WHITESPACE) end = k;
        else j = k - 1;
      }
      if (end !== -1) {
        while (end < to && classOf(text.charCodeAt(end)) === WHITESPACE) end++;
        return end;
      }
    }
    return to;
  });
}
