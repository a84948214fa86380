import type { Note } from '../lib/carriers/schema';
import type { Translator } from '../lib/i18n';
import { noteTopicKeys, noteTopicOrder } from './labels';

interface CarrierNotesProps {
  notes: readonly Note[];
  i18n: Translator;
  /** Heading level for the topic titles, so the outline fits where the notes sit. */
  headingLevel?: 3 | 4;
}

/** Notes grouped by topic, each with when it was checked and where it comes from. */
export function CarrierNotes({ notes, i18n, headingLevel = 3 }: CarrierNotesProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const groups = noteTopicOrder
    .map((topic) => ({ topic, notes: notes.filter((note) => note.topic === topic) }))
    .filter((group) => group.notes.length > 0);
  return (
    <div class="dw-notes">
      {groups.map((group) => (
        <section key={group.topic} class="dw-topic">
          <Heading class="dw-topic-title">{i18n.t(noteTopicKeys[group.topic])}</Heading>
          <ul>
            {group.notes.map((note) => (
              <NoteItem key={`${note.source}|${note.text.en}`} note={note} i18n={i18n} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function NoteItem({ note, i18n }: { note: Note; i18n: Translator }) {
  return (
    <li class="dw-note">
      <p>{i18n.localized(note.text)}</p>
      <p class="dw-note-meta">
        {i18n.t('noteChecked', i18n.date(note.checked))} ·{' '}
        <a href={note.source} target="_blank" rel="noopener noreferrer">
          {i18n.t('noteSource')}: {new URL(note.source).hostname}
        </a>
      </p>
    </li>
  );
}

/**
 * The notes worth the little room a hover card has: one per topic in the order a traveller asks,
 * newest first, before a second note on any topic.
 */
export function mostUsefulNotes(notes: readonly Note[], count: number): Note[] {
  const rank = (note: Note) => noteTopicOrder.indexOf(note.topic);
  const sorted = [...notes].sort((a, b) => rank(a) - rank(b) || b.checked.localeCompare(a.checked));
  const firstOfTopic = sorted.filter(
    (note, i) => sorted.findIndex((other) => other.topic === note.topic) === i,
  );
  const rest = sorted.filter((note) => !firstOfTopic.includes(note));
  return [...firstOfTopic, ...rest].slice(0, count);
}
