import type { Translator } from '../lib/i18n';
import type { CheckAnswer } from '../lib/messaging/protocol';
import type { NumberCheck } from '../lib/phone/check-number';
import { CarrierCard } from './CarrierCard';
import { NumberCard } from './NumberCard';
import { SimLines } from './SimLines';

interface FormatterProps {
  i18n: Translator;
  homeRegion: string;
  /** What the box holds. */
  text: string;
  /** The check of `text`; null while it is being worked out. */
  outcome: CheckAnswer | null;
  /** Today as YYYY-MM-DD: offers past their end are not shown. */
  today: string;
  autoFocus?: boolean;
  onTextChange(text: string): void;
}

const chosenKeys = {
  written: 'checkChosenWritten',
  page: 'checkChosenPage',
  home: 'checkChosenHome',
  shape: 'checkChosenShape',
} as const;

/** Which region the checker read the number in, why, and where else the digits would be a number. */
function ReadingOf({ check, i18n }: { check: Extract<NumberCheck, { ok: true }>; i18n: Translator }) {
  const region = check.description.region;
  const others = check.alternatives.map((code) => i18n.regionName(code));
  if (check.elsewhere > 0) others.push(i18n.t('checkElsewhere', String(check.elsewhere)));
  return (
    <>
      <p class="dw-hint">{i18n.t(chosenKeys[check.chosenBy], region ? i18n.regionName(region) : '')}</p>
      {others.length > 0 && (
        <p class="dw-hint">
          {i18n.t('checkAlternatives', new Intl.ListFormat(i18n.language).format(others))}
        </p>
      )}
    </>
  );
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
  outcome: answer,
  today,
  autoFocus = false,
  onTextChange,
}: FormatterProps) {
  const outcome = text.trim() === '' ? null : (answer?.check ?? null);
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
            <ReadingOf check={outcome} i18n={i18n} />
            <NumberCard
              description={outcome.description}
              homeRegion={homeRegion}
              i18n={i18n}
              originalCarrier={answer?.originalCarrier ?? null}
              messengers={answer?.mine?.messengers}
            />
            {answer?.mine && (
              <SimLines lines={answer.mine.lines} where={answer.mine.where} i18n={i18n} today={today} />
            )}
            {answer?.carrier && (
              <details class="dw-carrier-answers">
                <summary>{i18n.t('checkCarrierNotes', i18n.localized(answer.carrier.names))}</summary>
                <CarrierCard carrier={answer.carrier} i18n={i18n} today={today} />
              </details>
            )}
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
