// News-like sentences for benchmarks: attributions, figures, dates, quotations, names with
// diacritics and, rarely, an emoji quoted from social media (so code-point handling is exercised).
import { pick } from "./prng";

type Random = () => number;

const SUBJECTS = [
  "the ministry",
  "the central bank",
  "officials in Seoul",
  "the opposition party",
  "a spokesperson for the agency",
  "local traders",
  "the finance minister",
  "analysts at the institute",
  "the city council",
  "human rights groups",
  "the United Nations",
  "researchers at the university",
  "the statistics office",
  "the governor of the province",
  "the largest trade union",
  "police in the capital",
  "the health department",
  "the army",
  "the electoral commission",
  "aid workers in the region",
];
const VERBS = [
  "said",
  "estimated",
  "reported",
  "warned",
  "announced",
  "denied",
  "confirmed",
  "claimed",
  "argued",
  "noted",
  "told reporters",
  "wrote in a report",
];
const OBJECTS = [
  "exports rose",
  "prices fell",
  "spending would increase",
  "the number of markets grew",
  "imports dropped",
  "the deficit widened",
  "wages stagnated",
  "enrolment doubled",
  "arrests fell",
  "output recovered",
  "rice harvests shrank",
  "electricity use climbed",
  "defections declined",
  "tourism revenue jumped",
  "hospital admissions rose",
  "fuel imports slumped",
];
const TAILS = [
  "in the first quarter",
  "last year",
  "since 2014",
  "over the past decade",
  "in rural provinces",
  "despite sanctions",
  "according to official data",
  "compared with a year earlier",
  "for the third month in a row",
  "in the capital",
  "along the northern border",
  "before the election",
  "during the winter",
  "in the three largest cities",
];
const OPENERS = [
  "Meanwhile,",
  "However,",
  "In a statement,",
  "On Tuesday,",
  "Separately,",
  "Earlier this month,",
  "According to the report,",
  "By contrast,",
  "In March,",
];
const UNITS = ["%", " million won", " billion dollars", " tons", " people", " percent", " households", " cases"];
const PEOPLE = [
  "José Álvarez",
  "Kim Ji-hoon",
  "Zoë Müller",
  "Amara Okafor",
  "Lee Min-seo",
  "François Dubois",
  "Park Sung-ho",
  "Ana Lúcia Ribeiro",
  "Søren Nielsen",
  "Chae Yoon",
];
const ROLES = [
  "the union's leader",
  "a senior economist",
  "the deputy minister",
  "a farmer from the south",
  "a former diplomat",
  "the mayor",
  "an opposition lawmaker",
  "a researcher at the institute",
];
const SAYINGS = [
  "We will not back down",
  "The figures do not add up",
  "Nobody told us anything",
  "This is the worst harvest in a decade",
  "Prices have never been this high",
  "The policy is working",
  "We need more time",
  "The data speak for themselves",
];
const TOPICS = [
  "The law",
  "The agreement",
  "The programme",
  "The new tariff",
  "The subsidy",
  "The curfew",
  "The reform",
];
const BACKGROUND = [
  "requires companies to report their emissions",
  "caps the price of fuel for farmers",
  "bans exports of scrap metal",
  "gives local councils more control over budgets",
  "allows families to register births online",
  "limits how long suspects can be held without charge",
];
const EMOJI = ["🎉", "🚀", "🙏", "📉", "👏🏽"];

function figure(random: Random): string {
  return `${Math.floor(random() * 900) + 10}${pick(random, UNITS)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function newsSentence(random: Random): string {
  const roll = random();
  if (roll < 0.6) {
    const opener = random() < 0.35 ? `${pick(random, OPENERS)} ` : "";
    const subject = opener ? pick(random, SUBJECTS) : capitalise(pick(random, SUBJECTS));
    return `${opener}${subject} ${pick(random, VERBS)} that ${pick(random, OBJECTS)} by ${figure(random)} ${pick(random, TAILS)}.`;
  }
  if (roll < 0.8) {
    const emoji = random() < 0.1 ? ` ${pick(random, EMOJI)}` : "";
    return `“${pick(random, SAYINGS)}${emoji},” said ${pick(random, PEOPLE)}, ${pick(random, ROLES)}.`;
  }
  if (roll < 0.92) {
    return `${pick(random, TOPICS)}, passed in ${2005 + Math.floor(random() * 19)}, ${pick(random, BACKGROUND)}.`;
  }
  return `${capitalise(pick(random, OBJECTS))} by ${figure(random)} ${pick(random, TAILS)}, ${pick(random, SUBJECTS)} ${pick(random, VERBS)}.`;
}

export function newsHeading(random: Random): string {
  return `${capitalise(pick(random, OBJECTS))} ${pick(random, TAILS)}`;
}

/** Words an editor puts in: replacements, insertions, corrections. */
export const EDIT_WORDS = [
  "sharply",
  "reportedly",
  "nearly",
  "at least",
  "by an unknown amount",
  "officials said",
  "again",
  "slightly",
  "in total",
  "for the first time",
  "the government",
  "according to estimates",
  "more than",
];
