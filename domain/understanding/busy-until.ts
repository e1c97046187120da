/**
 * The time until which a learner says they work or are not free on weekdays (« je finis le taf à 19h30 », "I work until 8pm"):
 * read by the planner's reader of availability (`dialogs/planning/planning.constraints.ts`) and by the rules, for which it rules
 * out the weekday evening classes that start before it (« … nfa008 c jouable ? » is then whether it fits, a check).
 */

/** A time of day as said: « 19h », « 19h30 », « 19 h 30 », "7pm", "8 pm", "7 30 pm" (words as `words` folds them). */
const CLOCK = String.raw`(\d{1,2})(?: ?(?:h|heures?)(?: ?(\d{2})(?! ?(?:min|mins|minutes?|mn)\b))?| (\d{2}) ?(am|pm)| ?(am|pm))(?![a-z0-9])`;
/** The same time, its groups not captured: the start of a span, « de 14h à 22h », whose end is the time that counts. */
const CLOCK_START = CLOCK.replace(/\((?!\?)/g, "(?:");
/**
 * Working, or not free, until a time on weekdays: « je travaille jusqu'à 19h », "I work until 8pm", « pas dispo avant 20h »,
 * « je travaille de 14h à 22h ».
 */
export const BUSY_UNTIL = new RegExp(
  String.raw`\b(?:travaille|bosse|taffe|work|working|works)\b[a-z ]{0,30}?\b(?:de|from|between)\s+${CLOCK_START}\s*(?:a|to|until|till|and|et|-)\s*${CLOCK}|\b(?:travaille|bosse|taffe|boulot|travail|taf|work|working|works|job|busy|occupee?|pris|prise)\b[a-z ]{0,40}?\b(?:jusqu a|jusqu|until|till|til)\s+${CLOCK}|\b(?:finis|fini|finit|finissent|termine|terminent|sors|quitte|debauche|rentre|finish|finishes|leave|get off|get out|off work|get home|(?:shifts?|garde|gardes|service|poste|journee|workday|work day|day) (?:ends?|finit|finissent|se termine|se terminent|termine|terminent))\b[a-z ]{0,25}?\b(?:a|at|vers|around|pas avant|jamais avant|not before|never before)\s+${CLOCK}|\b(?:pas dispo\w*|pas libre|indisponible|not free|not available|unavailable|peux pas (?:venir|etre la)|can not (?:come|make it|be there))\b[a-z ]{0,20}?\b(?:avant|before)\s+${CLOCK}|\b(?:dispo\w*|disponibles?|libres?|free|available)\b[a-z ]{0,20}?\b(?:apres|a partir de|after|from)\s+${CLOCK}|\b(?:(?:peux|pourrai|pourrais)(?: [a-z]+){0,2}? pas|can t|cannot|can not|couldn t|not|won t be able to)(?: [a-z]+){0,2}? (?:partir|sortir|quitter|decrocher|leave|get away|get out)\b[a-z ]{0,25}?\b(?:avant|before)\s+${CLOCK}`,
);

/**
 * The time a learner says it takes them to come, in minutes: « le trajet jusqu'au Cnam me prend 35 minutes », "it takes me 40 minutes
 * to get there", « 1h de transport » (words as `words` folds them). Added to the time they are busy until: the class must start after
 * they can arrive.
 */
export function commuteMinutes(words: string): number | undefined {
  const said = COMMUTE.exec(words);
  if (!said) return undefined;
  const duration = DURATION.exec(said[0]);
  if (!duration) return undefined;
  const [, hours, minutesAfterHours, minutes] = duration;
  const total = Number(hours ?? 0) * 60 + Number(minutesAfterHours ?? minutes ?? 0);
  return total > 0 && total <= MAX_COMMUTE_MINUTES ? total : undefined;
}
/** A duration: « 1h », « 1h30 », « 1 heure », « 35 minutes », « 40 min » (hours, minutes after them, or minutes alone). */
const DURATION_WORDS = String.raw`(?:(\d) ?(?:h|heures?|hours?)(?: ?(\d{2}))?|(\d{1,2}) ?(?:min|mins|minutes?|mn))`;
const DURATION = new RegExp(String.raw`\b${DURATION_WORDS}\b`);
/** The same, its groups not captured, inside COMMUTE. */
const DURATION_SAID = DURATION_WORDS.replace(/\((?!\?)/g, "(?:");
/** A journey said with its length: « le trajet … me prend 35 minutes », « 1h de trajet », "my commute is 40 minutes". */
const COMMUTE = new RegExp(
  String.raw`\b(?:trajet|transports?|commute|journey|trip|travel)\b[a-z ]{0,40}? ${DURATION_SAID}\b|\b${DURATION_SAID} (?:de trajet|de transports?|of commute|of commuting|of travel|to get there|pour venir|pour y aller|away|from (?:the )?(?:cnam|campus|school)|du cnam|(?:en|de|by) (?:metro|rer|train|bus|voiture|velo|route|subway|tube|car|bike|transports? en commun|public transport))\b|\b(?:habite|vis|live|lives|living) a ${DURATION_SAID}\b`,
);
const MAX_COMMUTE_MINUTES = 180;
