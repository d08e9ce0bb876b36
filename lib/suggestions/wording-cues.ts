// Wording evidence: attribution, comparisons, superlatives, causal and legal language, data
// sources and names (for), opinion and hedging (against). Word lists are generic English news
// vocabulary; none is drawn from a particular article.
import type { ReasonKey } from "./reasons";

const ATTRIBUTION =
  /\b(?:said|says|say|told|tells|according to|reported|reports|announced|announces|stated|claimed|claims|noted|notes|added|adds|estimated|estimates|confirmed|confirms|wrote|writes|testified|revealed|disclosed|acknowledged|admitted|insisted|warned|explained|argued|asserted|maintained|recalled|denied|denies|alleged|alleges|cited|quoted|declined to comment|predicted|forecast)\b/gi;
const DATA_SOURCE =
  /\b(?:study|studies|survey|surveys|surveyed|poll|polls|polled|polling|census|data|dataset|statistics|report|audit|analysis|estimates?|estimated|consensus|forecasts?|(?:found|showed|shows|show|concluded|suggests) that)\b/i;
const COMPARISON = new RegExp(
  [
    String.raw`\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|faster|slower|cheaper|older|younger|better|worse|\w{3,}er)\s+than\b`,
    String.raw`\bcompared (?:with|to)\b|\b(?:up|down) from\b|\b(?:twice|three times|four times|half) (?:as|the)\b|\bas (?:many|much) as\b|\bunchanged\b`,
    String.raw`\b(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased?|increases|increasing|decreased?|decreases|decreasing|declined?(?! to\b)|declines|declining|grew|grow|grows|grown|growing|dropped|drops?|doubled|tripled|halved|surged?|soared?|plunged?|plummeted|jumped|jump|slumped|shrank|shrinking|climbed|tumbled)\b`,
    String.raw`\b(?:above|below|over|under|exceeds?|exceeded|tops?|topped|nearly|almost|at least|at most|roughly|about|around)\s+(?:[$€£¥₩]|\d)`,
  ].join("|"),
  "i",
);
const SUPERLATIVE_PHRASE =
  /\b(?:most|least)\s+(?!of\b|people\b|likely\b)[a-z]{3,}|\b(?:first|the only|all-time|unprecedented|never before)\b|\b(?:a|new|all-time)\s+record\b|\brecord[- ](?:high|low|number|level|levels)\b/i;
const EST_WORD = /\b\p{L}{2,}est\b/gu;
// Words that end in "-est" without being superlatives.
const NOT_SUPERLATIVE = new Set([
  "interest",
  "test",
  "west",
  "rest",
  "forest",
  "honest",
  "modest",
  "request",
  "protest",
  "suggest",
  "latest",
  "harvest",
  "guest",
  "chest",
  "nest",
  "pest",
  "quest",
  "digest",
  "invest",
  "arrest",
  "contest",
  "manifest",
  "earnest",
  "attest",
  "detest",
  "conquest",
  "priest",
  "fest",
  "zest",
  "lest",
  "vest",
  "crest",
  "jest",
  "wrest",
  "midwest",
  "southwest",
  "northwest",
  "unrest",
  "inquest",
  "bequest",
  "behest",
  "infest",
  "divest",
  "ingest",
  "congest",
  "molest",
  "retest",
  "pretest",
  "biggest-ever",
]);
const CAUSAL =
  /\b(?:because|due to|as a result|caus(?:e|es|ed|ing)|cause of|led to|leads? to|lead to|result(?:ed|s)? in|result of|thanks to|owing to|driven by|responsible for|contribut(?:ed|es|ing) to|blamed|attributed to|in response to|therefore|consequently|linked to|hit by|undermin(?:e|es|ed|ing))\b/i;
const LEGAL =
  /\b(?:illegal(?:ly)?|legal(?:ly)?|unlawful(?:ly)?|lawful|laws?|legislation|statute|act of|banned|bans?|forbids?|forbidden|prohibit(?:s|ed|ion)?|punishable|unconstitutional|constitution(?:al)?|sanctions?|sanctioned|court|courts|judge|ruled|ruling|convicted|charged with|indicted|sentenced|fined|regulations?|regulators?|regulatory|treaty|licen[cs](?:e|es|ed)|permits?|permitted|jail(?:ed)?|prison|verdict|lawsuit|sued|mandatory|required by)\b/i;
const OPINION_MODAL = /\b(?:should|must|ought to|needs? to|have to|has to)\b/i;
const OPINION_BELIEF = /\b(?:I|[Ww]e)\s+(?:think|believe|feel|hope|wish|want|need|guess|suppose)\b/;
// Evaluative words, matched case-insensitively but ignored when capitalised mid-sentence:
// there they are part of a name ("Great Lakes", "Build Amazing Startups Here").
const EVALUATIVE =
  /\b(?:unfortunately|fortunately|hopefully|clearly|obviously|surely|frankly|honestly|sadly|thankfully|simply|great|good|bad|wonderful|terrible|awful|beautiful|amazing|fantastic|horrible|shameful|disgraceful|outrageous|ridiculous|unacceptable|wrong|proud|happy|sad)\b/gi;
const HEDGE =
  /\b(?:may|might|could|perhaps|maybe|possibly|probably|likely|apparently|seems?|seemed|appears? to|appeared to|supposedly)\b/;
// Capitalised words that are not names: pronouns, determiners, calendar words, titles.
const NOT_NAMES = new Set([
  "I",
  "He",
  "She",
  "It",
  "We",
  "They",
  "You",
  "The",
  "A",
  "An",
  "This",
  "That",
  "These",
  "Those",
  "His",
  "Her",
  "Its",
  "Their",
  "Our",
  "My",
  "Your",
  "But",
  "And",
  "Or",
  "In",
  "On",
  "At",
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.&-]*/gu;

/** Which wording reasons apply to a span of text. */
export function wordingCueReasons(text: string): ReasonKey[] {
  const found: ReasonKey[] = [];
  const attribution = findAttribution(text);
  if (attribution) found.push(attribution);
  if (DATA_SOURCE.test(text)) found.push("dataSource");
  if (COMPARISON.test(text)) found.push("comparison");
  if (hasSuperlative(text)) found.push("superlative");
  if (CAUSAL.test(text)) found.push("causal");
  const legal = LEGAL.test(text);
  if (legal) found.push("legal");
  if (findNames(text).length > 0) found.push("namedEntity");
  // An obligation stated alongside a law or rule reports that rule; elsewhere it is advice.
  if (OPINION_BELIEF.test(text) || hasEvaluativeWord(text) || (!legal && OPINION_MODAL.test(text)))
    found.push("opinion");
  if (HEDGE.test(text)) found.push("hedge");
  return found;
}

function findAttribution(text: string): ReasonKey | null {
  const verbs = [...text.matchAll(ATTRIBUTION)];
  if (verbs.length === 0) return null;
  const names = findNames(text);
  // A name within six words either side of the verb: "Infocomm head Alex Lin said", "said Ji".
  const isNamed = verbs.some((verb) =>
    names.some((name) => {
      const between = name.index < verb.index ? text.slice(name.index, verb.index) : text.slice(verb.index, name.index);
      return (between.match(WORD) ?? []).length <= 7;
    }),
  );
  return isNamed ? "namedAttribution" : "attribution";
}

/** Capitalised words and acronyms that are likely names, skipping sentence- and quote-initial words. */
export function findNames(text: string): Array<{ word: string; index: number }> {
  const names: Array<{ word: string; index: number }> = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/[’'.-]+$/u, "");
    if (!/^\p{Lu}/u.test(word) || NOT_NAMES.has(word)) continue;
    if (!isSentenceInitial(text, match.index)) names.push({ word, index: match.index });
  }
  return names;
}

function hasSuperlative(text: string): boolean {
  if (SUPERLATIVE_PHRASE.test(text)) return true;
  for (const match of text.matchAll(EST_WORD)) {
    const word = match[0];
    // A capitalised "-est" word mid-sentence is a name (Budapest, Everest).
    const isName = /^\p{Lu}/u.test(word) && match.index > 0;
    if (!isName && !NOT_SUPERLATIVE.has(word.toLowerCase())) return true;
  }
  return false;
}

function hasEvaluativeWord(text: string): boolean {
  for (const match of text.matchAll(EVALUATIVE)) {
    if (/^\p{Ll}/u.test(match[0]) || isSentenceInitial(text, match.index)) return true;
  }
  return false;
}

function isSentenceInitial(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 16), index).trimEnd();
  if (before === "") return text.slice(0, index).trim() === "";
  return /[.!?:"“‘(]$/u.test(before);
}
