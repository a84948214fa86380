import type { Note } from '../lib/carriers/schema';
import type { Translator } from '../lib/i18n';
import { provenanceOf } from '../lib/notes/provenance';
import { sourceKindKeys } from './labels';

/** "the carrier's own page, 2024 · possibly out of date · Checked … · Source: host": how far to trust a note. */
export function Provenance({ note, i18n, today }: { note: Note; i18n: Translator; today: string }) {
  const { kind, year, possiblyOutOfDate } = provenanceOf(note, today);
  const who = i18n.t(sourceKindKeys[kind]);
  return (
    <p class="dw-note-meta">
      <span class={possiblyOutOfDate ? 'dw-stale' : undefined}>
        {year ? i18n.t('provenanceDated', who, year) : who}
        {possiblyOutOfDate && ` · ${i18n.t('possiblyOutOfDate')}`}
      </span>
      {note.checked && ` · ${i18n.t('noteChecked', i18n.date(note.checked))}`} ·{' '}
      <a href={note.source} target="_blank" rel="noopener noreferrer">
        {i18n.t('noteSource')}: {new URL(note.source).hostname}
      </a>
    </p>
  );
}
