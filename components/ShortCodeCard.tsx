import type { Translator } from '../lib/i18n';
import { flagOf } from './labels';

interface ShortCodeCardProps {
  code: string;
  region: string | null;
  i18n: Translator;
}

/** A service number such as 10086: no international form, only dialled inside its own country. */
export function ShortCodeCard({ code, region, i18n }: ShortCodeCardProps) {
  const regionName = region ? i18n.regionName(region) : '';
  return (
    <div class="dw-number">
      <p class="dw-headline">
        <span class="dw-flag" aria-hidden="true">
          {flagOf(region)}
        </span>{' '}
        <span class="dw-region">{regionName}</span> · <span>{i18n.t('typeShortCode')}</span>
      </p>
      <p class="dw-big">
        <code>{code}</code>
      </p>
      {region && <p>{i18n.t('shortCodeWhere', code, regionName)}</p>}
      <p class="dw-hint">{i18n.t('smsShortCode')}</p>
    </div>
  );
}
