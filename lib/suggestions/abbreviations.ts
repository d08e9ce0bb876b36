// Word lists for sentence splitting. A period after one of these is usually not a sentence end.

/** Titles always precede a name, so a period after them never ends a sentence. */
export const TITLE_ABBREVIATIONS = new Set([
  "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt", "Cpt", "Sgt",
  "Maj", "Adm", "Cmdr", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Messrs", "Mme", "Mlle", "Mt", "Ft",
  "St", "vs", "e.g", "i.e", "cf", "approx", "ca", "No", "Nos", "Vol", "vol", "Fig", "fig", "pp", "Ch",
]);

/**
 * Abbreviations that often sit mid-sentence ("Nov. 23", "Acme Inc. said") but can also end one
 * ("moved to Portland, Ore. The next day"): they end a sentence only before a typical sentence starter.
 */
export const AMBIGUOUS_ABBREVIATIONS = new Set([
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
  "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Bros", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "est", "etc", "al",
  "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
  "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex",
  "Va", "Vt", "Wash", "Wis", "Wyo",
]);

/** Words that commonly open an English news sentence; used to decide after ambiguous abbreviations. */
export const SENTENCE_STARTERS = new Set([
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "But",
  "And", "Or", "So", "Yet", "In", "On", "At", "For", "From", "By", "With", "His", "Her", "Its", "Their",
  "Our", "My", "There", "Here", "After", "Before", "When", "While", "As", "If", "Although", "Though",
  "According", "Last", "Next", "Since", "Some", "Many", "Most", "One", "Two", "Three", "Officials",
  "However", "Meanwhile", "Still", "Also", "Now", "Then", "Today", "Yesterday", "What", "Who", "Why", "How",
]);
