import type { CountryCode } from 'libphonenumber-js';
import type { Carrier, Note, Question } from '../carriers/schema';
import { answersTo } from '../notes/provenance';
import type { NumberDescription, SmsHint } from '../phone/describe';
import { isSupportedRegion } from '../phone/supported-regions';
import type { Sim } from './sim';

/** What one of the reader's SIMs can do with a number, from where the reader is now. */
export interface SimLine {
  simId: string;
  label: string;
  carrier: Pick<Carrier, 'id' | 'names'> | null;
  /** The reader's name for a carrier the knowledge base does not list. */
  otherName: string | null;
  kind: Sim['kind'];
  /** The SIM is outside its home region. */
  roaming: boolean;
  /** What to dial from this SIM; null when it has no number to call from. */
  dial: { form: 'national' | 'international'; value: string } | null;
  /** Whether this SIM can send the number a text. */
  text: boolean;
  /** The sourced answers that apply to this line; an empty list reads "no source found". */
  answers: { question: Question; notes: Note[] }[];
}

/** Lines that cannot take a text, as the number card says. */
const notTextable: ReadonlySet<SmsHint> = new Set(['fixed', 'tollFree', 'premium', 'shortCode']);

export interface ReachInput {
  sim: Sim;
  /** The region of the SIM's number, else its carrier's; null for a carrier of no one region. */
  simHome: CountryCode | null;
  carrier: Carrier | null;
  target: Pick<NumberDescription, 'region' | 'forms' | 'smsHint'>;
  /** Where the reader is now. */
  where: CountryCode;
  today: string;
}

/**
 * How a SIM reaches a number from where the reader is: the national form only when the SIM's home,
 * the number's region and where the reader is all agree; otherwise the "+" form, which every mobile
 * dials anywhere, roaming included. A data-only eSIM, or a SIM with no number, reaches no one.
 */
export function reachFrom({ sim, simHome, carrier, target, where, today }: ReachInput): SimLine {
  const hasNumber = sim.kind !== 'data-esim' && sim.number !== null;
  const roaming = simHome !== null && simHome !== where;
  const national = hasNumber && !roaming && simHome === target.region;
  const questions: Question[] = !hasNumber ? ['hasNumber'] : roaming ? ['sendSmsAbroad'] : [];
  return {
    simId: sim.id,
    label: sim.label,
    carrier: carrier ? { id: carrier.id, names: carrier.names } : null,
    otherName: sim.otherName ?? null,
    kind: sim.kind,
    roaming,
    dial: hasNumber
      ? national
        ? { form: 'national', value: target.forms.national }
        : { form: 'international', value: target.forms.international }
      : null,
    text: hasNumber && !notTextable.has(target.smsHint),
    answers: questions.map((question) => ({
      question,
      notes: carrier ? answersTo(carrier, question, today) : [],
    })),
  };
}

/** A SIM's home: its number's region, else its carrier's, else none (a seller of many regions). */
export function simHomeOf(
  numberRegion: CountryCode | null,
  carrier: Pick<Carrier, 'region'> | null,
): CountryCode | null {
  if (numberRegion) return numberRegion;
  return carrier && isSupportedRegion(carrier.region) ? carrier.region : null;
}
