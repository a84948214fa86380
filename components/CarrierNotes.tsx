import type { Note } from '../lib/carriers/schema';
import type { Translator } from '../lib/i18n';
import { isCurrent } from '../lib/notes/provenance';
import { noteTopicKeys, noteTopicOrder } from './labels';
import { Provenance } from './Provenance';

interface CarrierNotesProps {
  notes: readonly Note[];
  i18n: Translator;
  /** Today as YYYY-MM-DD: offers past their end are not shown. */
  today: string;
  /** Heading level for the topic titles, so the outline fits where the notes sit. */
  headingLevel?: 3 | 4;
}

/** Notes grouped by topic, each with how far to trust it and where it comes from. */
export function CarrierNotes({ notes, i18n, today, headingLevel = 3 }: CarrierNotesProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const current = notes.filter((note) => isCurrent(note, today));
  const groups = noteTopicOrder
    .map((topic) => ({ topic, notes: current.filter((note) => note.topic === topic) }))
    .filter((group) => group.notes.length > 0);
  return (
    <div class="dw-notes">
      {groups.map((group) => (
        <section key={group.topic} class="dw-topic">
          <Heading class="dw-topic-title">{i18n.t(noteTopicKeys[group.topic])}</Heading>
          <ul>
            {group.notes.map((note) => (
              <NoteItem key={`${note.source}|${note.text.en}`} note={note} i18n={i18n} today={today} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function NoteItem({ note, i18n, today }: { note: Note; i18n: Translator; today: string }) {
  return (
    <li class="dw-note">
      <p>{i18n.localized(note.text)}</p>
      <Provenance note={note} i18n={i18n} today={today} />
    </li>
  );
}
