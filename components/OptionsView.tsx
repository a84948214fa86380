import { useState } from 'preact/hooks';
import type { MessageKey, Translator } from '../lib/i18n';
import {
  type HighlightStyle,
  highlightStyles,
  hoverDelayBounds,
  messengers,
  normalizeHostname,
  type Settings,
  type SettingsField,
  type UiLanguage,
  uiLanguages,
} from '../lib/settings/settings';
import { warnWithinDays } from '../lib/sims/keep-watch';
import type { ParsedSims, Sim } from '../lib/sims/sim';
import type { SimEditing } from '../lib/sims/sim-editing';
import { HomeAndNow } from './HomeAndNow';
import { messengerKeys } from './labels';
import { SimsEditor } from './SimsEditor';

interface OptionsViewProps {
  i18n: Translator;
  settings: Settings;
  /** Fields whose stored values were unreadable and fell back to defaults. */
  resetFields: readonly SettingsField[];
  saved: boolean;
  /** The browser's storage refused the last change; nothing stored was changed. */
  saveFailed: boolean;
  /** The reader's SIMs as stored; null until read. */
  sims: ParsedSims | null;
  editing: SimEditing;
  /** The browser refused the notifications permission when reminders were turned on. */
  remindersDenied: boolean;
  onChange(change: Partial<Settings>): void;
  onSimsChange(sims: Sim[]): void;
  /** Turns reminders on (asking for the permission, in the click) or off. */
  onRemindersChange(on: boolean): void;
}

const languageKeys: Record<UiLanguage, MessageKey> = {
  auto: 'languageAuto',
  en: 'languageEn',
  'zh-Hans': 'languageZhHans',
  'zh-Hant': 'languageZhHant',
};

const highlightKeys: Record<HighlightStyle, MessageKey> = {
  underline: 'highlightUnderline',
  background: 'highlightBackground',
  none: 'highlightNone',
};

const fieldKeys: Record<SettingsField, MessageKey> = {
  homeRegion: 'homeRegionLabel',
  uiLanguage: 'optionsLanguage',
  highlightStyle: 'optionsHighlight',
  hoverDelayMs: 'optionsHoverDelay',
  disabledSites: 'optionsSites',
  currentRegion: 'currentRegionLabel',
  messengerLinks: 'optionsMessengers',
  keepReminders: 'optionsKeepReminders',
};

export function OptionsView(props: OptionsViewProps) {
  const { i18n, settings, resetFields, saved, onChange } = props;
  const [site, setSite] = useState('');
  const [siteInvalid, setSiteInvalid] = useState(false);
  const addSite = (event: Event) => {
    event.preventDefault();
    const host = normalizeHostname(site);
    setSiteInvalid(host === null);
    if (!host) return;
    if (!settings.disabledSites.includes(host))
      onChange({ disabledSites: [...settings.disabledSites, host] });
    setSite('');
  };
  return (
    <main class="dw-options" lang={i18n.language}>
      <h1>{i18n.t('optionsTitle')}</h1>
      {resetFields.length > 0 && (
        <p class="dw-error" role="alert">
          {i18n.t('optionsReset', resetFields.map((field) => i18n.t(fieldKeys[field])).join(', '))}
        </p>
      )}
      <HomeAndNow
        i18n={i18n}
        homeRegion={settings.homeRegion}
        currentRegion={settings.currentRegion}
        onHomeRegionChange={(homeRegion) => onChange({ homeRegion })}
        onCurrentRegionChange={(currentRegion) => onChange({ currentRegion })}
      />
      {props.sims && (
        <SimsEditor
          i18n={i18n}
          sims={props.sims.sims}
          unreadable={props.sims.unreadable}
          homeRegion={settings.homeRegion}
          editing={props.editing}
          onChange={props.onSimsChange}
        />
      )}
      <label class="dw-choice">
        <input
          type="checkbox"
          name="keepReminders"
          checked={settings.keepReminders}
          onChange={(event) => props.onRemindersChange(event.currentTarget.checked)}
        />
        <span>{i18n.t('optionsKeepReminders')}</span>
      </label>
      <p class="dw-hint">{i18n.t('optionsKeepRemindersHint', String(warnWithinDays))}</p>
      {props.remindersDenied && (
        <p class="dw-error" role="alert">
          {i18n.t('optionsKeepRemindersDenied')}
        </p>
      )}
      <fieldset class="dw-field">
        <legend>{i18n.t('optionsMessengers')}</legend>
        {messengers.map((app) => (
          <label key={app} class="dw-choice">
            <input
              type="checkbox"
              name="messengerLinks"
              value={app}
              checked={settings.messengerLinks.includes(app)}
              onChange={(event) =>
                onChange({
                  messengerLinks: event.currentTarget.checked
                    ? [...settings.messengerLinks, app]
                    : settings.messengerLinks.filter((other) => other !== app),
                })
              }
            />
            <span>{i18n.t(messengerKeys[app])}</span>
          </label>
        ))}
        <span class="dw-hint">{i18n.t('optionsMessengersHint')}</span>
      </fieldset>
      <label class="dw-field">
        <span>{i18n.t('optionsLanguage')}</span>
        <select
          name="uiLanguage"
          value={settings.uiLanguage}
          onChange={(event) => onChange({ uiLanguage: event.currentTarget.value as UiLanguage })}
        >
          {uiLanguages.map((language) => (
            <option key={language} value={language}>
              {i18n.t(languageKeys[language])}
            </option>
          ))}
        </select>
      </label>
      <fieldset class="dw-field">
        <legend>{i18n.t('optionsHighlight')}</legend>
        {highlightStyles.map((style) => (
          <label key={style} class="dw-choice">
            <input
              type="radio"
              name="highlightStyle"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => onChange({ highlightStyle: style })}
            />
            <span class={`dw-sample dw-sample-${style}`}>{i18n.t(highlightKeys[style])}</span>
          </label>
        ))}
      </fieldset>
      <label class="dw-field">
        <span>{i18n.t('optionsHoverDelay')}</span>
        <span class="dw-inline">
          <input
            type="range"
            name="hoverDelayMs"
            min={hoverDelayBounds.min}
            max={hoverDelayBounds.max}
            step={hoverDelayBounds.step}
            value={settings.hoverDelayMs}
            onChange={(event) => onChange({ hoverDelayMs: event.currentTarget.valueAsNumber })}
          />
          <output>{i18n.t('optionsMilliseconds', String(settings.hoverDelayMs))}</output>
        </span>
      </label>
      <section class="dw-field" aria-labelledby="dw-sites">
        <h2 id="dw-sites">{i18n.t('optionsSites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="dw-hint">{i18n.t('optionsSitesEmpty')}</p>
        ) : (
          <ul class="dw-sites">
            {settings.disabledSites.map((host) => (
              <li key={host}>
                <span>{host}</span>
                <button
                  type="button"
                  class="dw-link-button"
                  aria-label={i18n.t('optionsSiteRemove', host)}
                  onClick={() =>
                    onChange({ disabledSites: settings.disabledSites.filter((other) => other !== host) })
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="dw-inline" onSubmit={addSite}>
          <label class="dw-visually-hidden" for="dw-site-input">
            {i18n.t('optionsSiteInput')}
          </label>
          <input
            id="dw-site-input"
            name="site"
            type="text"
            value={site}
            placeholder={i18n.t('optionsSiteInput')}
            aria-invalid={siteInvalid}
            onInput={(event) => setSite(event.currentTarget.value)}
          />
          <button type="submit">{i18n.t('optionsSiteAdd')}</button>
        </form>
        {siteInvalid && (
          <p class="dw-error" role="alert">
            {i18n.t('optionsSiteInvalid')}
          </p>
        )}
      </section>
      {props.saveFailed && (
        <p class="dw-error" role="alert">
          {i18n.t('optionsSaveFailed')}
        </p>
      )}
      <p class="dw-hint" role="status">
        {saved ? i18n.t('optionsSaved') : ''}
      </p>
    </main>
  );
}
