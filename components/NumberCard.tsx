import type { OriginalCarrier } from '../lib/carriers/original-carrier-entry';
import type { Translator } from '../lib/i18n';
import type { NumberDescription, SmsHint } from '../lib/phone/describe';
import { isCallable, messengerLink } from '../lib/phone/dial-links';
import type { CardRegionRule } from '../lib/scan/region-rule';
import type { Messenger } from '../lib/settings/settings';
import { FormatRow } from './FormatRow';
import { flagOf, lineTypeKey, messengerKeys, smsHintKeys } from './labels';

interface NumberCardProps {
  description: NumberDescription;
  homeRegion: string;
  i18n: Translator;
  /** The carrier the number's range was first given to; numbers can move, so it is worded as the original. */
  originalCarrier?: OriginalCarrier | null;
  /** What placed the number in its region; absent where nothing needs saying (the checker says it itself). */
  regionRule?: CardRegionRule | null;
  /** The chat apps the reader turned on; offered for mobile numbers only. */
  messengers?: readonly Messenger[];
}

const regionRuleKeys = {
  lang: 'regionRuleLang',
  tld: 'regionRuleTld',
  home: 'regionRuleHome',
  written: 'regionRuleWritten',
  shape: 'regionRuleShape',
} as const;

/** Lines the card itself says cannot take a text: it offers no Text button for them. */
const notTextable: ReadonlySet<SmsHint> = new Set(['fixed', 'tollFree', 'premium', 'shortCode']);

/** Everything one needs to dial or text a full number: its forms, the form to dial from home, what kind it is. */
export function NumberCard({
  description,
  homeRegion,
  i18n,
  originalCarrier,
  regionRule,
  messengers = [],
}: NumberCardProps) {
  const { forms } = description;
  const mobile = description.plusForm !== null;
  return (
    <div class="dw-number">
      <p class="dw-headline">
        <span class="dw-flag" aria-hidden="true">
          {flagOf(description.region)}
        </span>{' '}
        <span class="dw-region">{description.region ? i18n.regionName(description.region) : ''}</span> ·{' '}
        <span>{i18n.t(lineTypeKey(description.type))}</span>
      </p>
      <dl class="dw-forms">
        <FormatRow
          label={i18n.t('dialFromHome', i18n.regionName(homeRegion))}
          value={description.dialFromHome}
          i18n={i18n}
        />
        <FormatRow label={i18n.t('formInternational')} value={forms.international} i18n={i18n} />
        <FormatRow label={i18n.t('formNational')} value={forms.national} i18n={i18n} />
        <FormatRow label={i18n.t('formE164')} value={forms.e164} i18n={i18n} />
        <FormatRow label={i18n.t('formTel')} value={forms.rfc3966} i18n={i18n} />
      </dl>
      {description.plusForm !== null && description.dialFromHome !== description.plusForm && (
        <p class="dw-hint">{i18n.t('dialPlusHint')}</p>
      )}
      <dl class="dw-facts">
        <div class="dw-row">
          <dt>{i18n.t('smsLabel')}</dt>
          <dd>{i18n.t(smsHintKeys[description.smsHint])}</dd>
        </div>
        {originalCarrier && (
          <div class="dw-row">
            <dt>{i18n.t('originalCarrierLabel')}</dt>
            <dd title={i18n.t('originalCarrierHint')}>
              {originalCarrier.name}
              <span class="dw-hint"> {i18n.t('originalCarrierShortHint')}</span>
            </dd>
          </div>
        )}
        {regionRule && (
          <div class="dw-row">
            <dt>{i18n.t('regionRuleLabel')}</dt>
            <dd>{i18n.t(regionRuleKeys[regionRule])}</dd>
          </div>
        )}
      </dl>
      <p class="dw-actions">
        {isCallable(forms.rfc3966) && (
          <a class="dw-action" href={forms.rfc3966}>
            {i18n.t('actionCall')}
          </a>
        )}
        {!notTextable.has(description.smsHint) && (
          <a class="dw-action" href={`sms:${forms.e164}`}>
            {i18n.t('actionText')}
          </a>
        )}
        {mobile &&
          messengers.map((app) => (
            <a
              key={app}
              class="dw-action"
              href={messengerLink(app, forms.e164)}
              target="_blank"
              rel="noopener noreferrer"
            >
              {i18n.t('actionMessage', i18n.t(messengerKeys[app]))}
            </a>
          ))}
      </p>
    </div>
  );
}
