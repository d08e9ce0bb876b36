// The small word lists claim memory reads claims with: words that carry no claim, words that
// negate one, and synonyms (places named by their capital, acronyms, verbs of the same act), each
// group mapped to one concept so "Seoul bans" and "South Korea forbids" share their terms.
// Written by hand and tested (claim-lexicon.test.ts); keep groups narrow: a synonym that is only
// sometimes one makes near misses look alike.

export const STOP_WORDS = new Set(
  (
    "a an the and or but if of in on at to for from by with as into onto over under about than then " +
    "that this these those there here it its it's is are was were be been being am do does did done " +
    "has have had having will would shall should can could may might must also just only very so such " +
    "he she they we you i his her their our your them us him me who whom whose which what when where why how " +
    "said says say saying told tells according reported reports report claimed claims claim " +
    "after before while during since until up out off again further once all any both each few more most " +
    "other some own same too s t now new one"
  ).split(" "),
);

/** Words that turn a statement into its opposite. A contraction's "n't" is read as "not". */
export const NEGATION_WORDS = new Set([
  "not",
  "no",
  "never",
  "none",
  "nobody",
  "nothing",
  "neither",
  "nor",
  "deny",
  "denies",
  "denied",
  "refuse",
  "refuses",
  "refused",
  "reject",
  "rejects",
  "rejected",
  "false",
  "untrue",
]);

/**
 * Synonym groups: every phrase of a group stands for the group's concept. Phrases are lower-case
 * words; multi-word phrases are matched before single words.
 */
export const SYNONYM_GROUPS: Record<string, string[]> = {
  "south korea": ["south korea", "seoul", "republic of korea", "rok", "south korean", "south koreans"],
  "north korea": ["north korea", "dprk", "pyongyang", "north korean", "north koreans"],
  "united states": ["united states", "us", "usa", "america", "american", "americans", "washington"],
  "united kingdom": ["united kingdom", "uk", "britain", "great britain", "british", "london"],
  china: ["china", "chinese", "beijing", "prc"],
  russia: ["russia", "russian", "russians", "moscow", "kremlin", "russian federation"],
  ukraine: ["ukraine", "ukrainian", "ukrainians", "kyiv", "kiev"],
  japan: ["japan", "japanese", "tokyo"],
  france: ["france", "french", "paris"],
  germany: ["germany", "german", "germans", "berlin"],
  italy: ["italy", "italian", "rome"],
  india: ["india", "indian", "indians", "new delhi"],
  israel: ["israel", "israeli", "israelis"],
  syria: ["syria", "syrian", "syrians", "damascus"],
  turkey: ["turkey", "turkish", "ankara", "turkiye"],
  iran: ["iran", "iranian", "tehran"],
  brazil: ["brazil", "brazilian", "brasilia"],
  canada: ["canada", "canadian", "canadians", "ottawa"],
  mexico: ["mexico", "mexican", "mexicans"],
  argentina: ["argentina", "argentine", "argentinian"],
  nigeria: ["nigeria", "nigerian", "nigerians", "abuja"],
  norway: ["norway", "norwegian", "oslo"],
  australia: ["australia", "australian", "canberra"],
  afghanistan: ["afghanistan", "afghan", "afghans", "kabul"],
  thailand: ["thailand", "thai", "bangkok"],
  europe: ["europe", "european"],
  world: ["world", "worldwide", "global", "globally", "planet"],
  "european union": ["european union", "eu", "brussels"],
  "federal reserve": ["federal reserve", "fed"],
  "united nations": ["united nations", "un"],
  "world health organization": ["world health organization", "who"],
  ban: [
    "ban",
    "bans",
    "banned",
    "banning",
    "forbid",
    "forbids",
    "forbade",
    "forbidden",
    "prohibit",
    "prohibits",
    "prohibited",
    "outlaw",
    "outlaws",
    "outlawed",
    "bar",
    "bars",
    "barred",
  ],
  increase: [
    "increase",
    "increased",
    "increases",
    "raise",
    "raised",
    "raises",
    "hike",
    "hiked",
    "boost",
    "boosted",
    "rise",
    "rises",
    "rose",
    "risen",
    "grow",
    "grew",
    "grown",
    "grows",
    "climb",
    "climbed",
    "jump",
    "jumped",
    "surge",
    "surged",
    "soar",
    "soared",
  ],
  decrease: [
    "decrease",
    "decreased",
    "decreases",
    "lower",
    "lowered",
    "reduce",
    "reduced",
    "slash",
    "slashed",
    "fall",
    "falls",
    "fell",
    "fallen",
    "drop",
    "dropped",
    "decline",
    "declined",
    "shrink",
    "shrank",
    "plunge",
    "plunged",
    "cut",
    "cuts",
  ],
  above: ["above", "exceed", "exceeded", "exceeds", "topped", "surpassed"],
  below: ["below", "less than", "fewer than"],
  retirement: ["retirement", "pension", "pensions"],
  kill: ["kill", "killed", "kills", "dead", "death", "deaths", "die", "died", "fatalities"],
  citizen: ["citizen", "citizens", "nationals", "people", "residents", "population"],
  trade: ["trade", "trading", "traded", "trades", "commerce"],
  president: ["president", "head of state"],
  "prime minister": ["prime minister", "premier", "pm"],
  government: ["government", "administration", "authorities", "officials"],
  law: ["law", "laws", "legislation", "bill", "statute"],
  money: ["money", "funds", "funding", "cash"],
  vaccine: ["vaccine", "vaccines", "jab", "jabs", "vaccination", "vaccinations"],
  job: ["job", "jobs", "employment", "positions"],
  double: ["double", "doubled", "doubles", "twice"],
  percent: ["percent", "per cent", "pct"],
  missile: ["missile", "missiles", "rocket", "rockets"],
  test: ["test", "tests", "tested", "launch", "launched", "launches", "fired", "fire"],
  child: ["child", "children", "kids", "minors"],
  company: ["company", "companies", "firm", "firms", "business", "businesses"],
  biggest: ["biggest", "largest", "greatest"],
};

/** Acronyms that are also everyday words ("us", "who"): they name something only in capitals. */
export const CAPITALS_ONLY = new Set(["us", "un", "who", "eu", "uk", "rok", "prc", "pm", "usa"]);

/** Concepts that name places, countries and organisations (they count as names wherever they stand). */
export const NAME_CONCEPTS = new Set([
  "south korea",
  "north korea",
  "united states",
  "united kingdom",
  "china",
  "russia",
  "european union",
  "united nations",
  "world health organization",
  "federal reserve",
  ...["ukraine", "japan", "france", "germany", "italy", "india", "israel", "syria", "turkey", "iran", "brazil"],
  ...["canada", "mexico", "argentina", "nigeria", "norway", "australia", "afghanistan", "thailand", "europe", "world"],
]);

/** Concepts that point in opposite directions: a claim that rose is not one that fell. */
export const OPPOSITE_CONCEPTS: [string, string][] = [
  ["increase", "decrease"],
  ["above", "below"],
];

/** Phrase → concept, longest phrases first (so "south korea" wins over "korea"). */
export const SYNONYM_PHRASES: { words: string[]; concept: string }[] = Object.entries(SYNONYM_GROUPS)
  .flatMap(([concept, phrases]) => phrases.map((phrase) => ({ words: phrase.split(" "), concept })))
  .sort((a, b) => b.words.length - a.words.length);

/** Every surface word a concept is written with (for retrieval: "south korea" also finds "Seoul"). */
export function wordsOfConcept(concept: string): string[] {
  const phrases = SYNONYM_GROUPS[concept] ?? [concept];
  return [...new Set(phrases.flatMap((phrase) => phrase.split(" ")))];
}
