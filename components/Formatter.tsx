import type { Translator } from '../lib/i18n';
import type { NumberCheck } from '../lib/phone/check-number';
import { NumberCard } from './NumberCard';

interface FormatterProps {
  i18n: Translator;
  homeRegion: string;
  /** What the box holds. */
  text: string;
  /** The check of `text`; null while it is being worked out. */
  outcome: NumberCheck | null;
  autoFocus?: boolean;
  onTextChange(text: string): void;
}

/** "+999 …" → "999": the country code a reader typed, to name it when no country uses it. */
function typedCountryCode(text: string): string | null {
  return /^\s*(?:\+|＋|00)\s*(\d{1,3})/.exec(text)?.[1] ?? null;
}

function failureMessage(
  outcome: Extract<NumberCheck, { ok: false }>,
  text: string,
  homeRegion: string,
  i18n: Translator,
) {
  // Without a region the number named a country code the parser could not place; naming home would mislead.
  const writtenInternationally = typedCountryCode(text) !== null;
  if (
    !outcome.region &&
    writtenInternationally &&
    outcome.reason !== 'INVALID_COUNTRY' &&
    outcome.reason !== 'NOT_A_NUMBER'
  ) {
    return i18n.t('errorCheckDigits');
  }
  const region = i18n.regionName(outcome.region ?? homeRegion);
  switch (outcome.reason) {
    case 'TOO_SHORT':
      return i18n.t('errorTooShort', region);
    case 'TOO_LONG':
      return i18n.t('errorTooLong', region);
    case 'INVALID_LENGTH':
      return i18n.t('errorInvalidLength', region);
    case 'NOT_VALID':
      return i18n.t('errorNotValid', region);
    case 'INVALID_COUNTRY': {
      const code = typedCountryCode(text);
      return code ? i18n.t('errorNoCountryCode', code) : i18n.t('errorInvalidCountry');
    }
    case 'NOT_A_NUMBER':
      return i18n.t('errorNotANumber');
  }
}

/** A box to paste any number into: is it valid, how to write it, how to dial it from home. */
export function Formatter({
  i18n,
  homeRegion,
  text,
  outcome: check,
  autoFocus = false,
  onTextChange,
}: FormatterProps) {
  const outcome = text.trim() === '' ? null : check;
  return (
    <section class="dw-section dw-formatter" aria-labelledby="dw-formatter">
      <h2 id="dw-formatter">{i18n.t('formatterHeading')}</h2>
      <label class="dw-field">
        <span>{i18n.t('formatterLabel')}</span>
        <input
          type="text"
          inputMode="tel"
          autoComplete="off"
          spellcheck={false}
          value={text}
          placeholder={i18n.t('formatterPlaceholder')}
          onInput={(event) => onTextChange(event.currentTarget.value)}
          aria-describedby="dw-formatter-result"
          // biome-ignore lint/a11y/noAutofocus: only when opened from the context menu to explain a selection
          autoFocus={autoFocus}
        />
      </label>
      <div id="dw-formatter-result" aria-live="polite">
        {outcome?.ok === true && (
          <>
            <p class="dw-ok">✓ {i18n.t('formatterValid')}</p>
            <NumberCard description={outcome.description} homeRegion={homeRegion} i18n={i18n} />
          </>
        )}
        {outcome?.ok === false && (
          <p class="dw-error" role="alert">
            {failureMessage(outcome, text, homeRegion, i18n)}
          </p>
        )}
      </div>
    </section>
  );
}
