import type { ShortCodeOwner } from '../lib/carriers/short-code-owner';
import type { Translator } from '../lib/i18n';
import { isCallable } from '../lib/phone/dial-links';
import { flagOf } from './labels';

interface ShortCodeCardProps {
  code: string;
  region: string | null;
  /** Who runs it and its lines for callers abroad, where the knowledge base says. */
  owner?: ShortCodeOwner | null;
  i18n: Translator;
}

/** A service number such as 10086: dialled inside its own country; from abroad, the carrier's other lines. */
export function ShortCodeCard({ code, region, owner, i18n }: ShortCodeCardProps) {
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
      {owner && <p>{i18n.t('shortCodeRunBy', i18n.localized(owner.carrier.names))}</p>}
      {region && <p>{i18n.t('shortCodeWhere', code, regionName)}</p>}
      {owner && owner.fromAbroad.length > 0 && (
        <>
          <p class="dw-topic-title">{i18n.t('shortCodeFromAbroad')}</p>
          <ul class="dw-lines">
            {owner.fromAbroad.map((line) => {
              const href = `tel:${line.number.replace(/\s+/g, '')}`;
              const number = <code class="dw-value">{line.number}</code>;
              return (
                <li key={line.number}>
                  {isCallable(href) ? <a href={href}>{number}</a> : number}{' '}
                  <span class="dw-hint">{i18n.localized(line.purpose)}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p class="dw-hint">{i18n.t('smsShortCode')}</p>
    </div>
  );
}
