import type { Translator } from '../lib/i18n';
import { isCallable } from '../lib/phone/dial-links';
import type { ShortCodeDescription, ShortCodeService } from '../lib/phone/short-code-description';
import { flagOf, shortCodeKindKeys, shortCodeSourceKindKeys } from './labels';

interface ShortCodeCardProps {
  code: string;
  region: string | null;
  /** What it reaches, who runs it and its lines for callers abroad, as the data says. */
  description: ShortCodeDescription;
  i18n: Translator;
}

/** One thing the code reaches: its name, who runs it, and the source that says so. */
function Service({ service, i18n }: { service: ShortCodeService; i18n: Translator }) {
  return (
    <li>
      <span>{i18n.localized(service.name)}</span>
      {service.carrier && (
        <span class="dw-hint"> · {i18n.t('shortCodeRunBy', i18n.localized(service.carrier.names))}</span>
      )}
      <br />
      <a class="dw-note-meta" href={service.source} target="_blank" rel="noopener noreferrer">
        {i18n.t('shortCodeSource', i18n.t(shortCodeSourceKindKeys[service.sourceKind]))}:{' '}
        {new URL(service.source).hostname}
      </a>
    </li>
  );
}

/**
 * A service code such as 10086 or 15: what it reaches and who runs it, as its sources say, and
 * whether it can be reached from abroad or while roaming where a source says so — "no source found"
 * where none does, never a guess.
 */
export function ShortCodeCard({ code, region, description, i18n }: ShortCodeCardProps) {
  const { services, owner } = description;
  const kind = services[0]?.kind;
  const fromAbroad = services.flatMap((service) => (service.fromAbroad ? [service.fromAbroad] : []));
  const abroadLines = owner?.fromAbroad ?? [];
  // The carrier data may list a code no short-code file does: its owner is still known.
  const ownerOnly = owner !== null && !services.some((service) => service.carrier?.id === owner.carrier.id);
  return (
    <div class="dw-number">
      <p class="dw-headline">
        <span class="dw-flag" aria-hidden="true">
          {flagOf(region)}
        </span>{' '}
        <span class="dw-region">{region ? i18n.regionName(region) : ''}</span> ·{' '}
        <span>{i18n.t(kind ? shortCodeKindKeys[kind] : 'typeShortCode')}</span>
      </p>
      <p class="dw-big">
        <code>{code}</code>
      </p>
      {services.length > 0 ? (
        <ul class="dw-lines">
          {services.map((service) => (
            <Service key={`${service.carrier?.id ?? ''}${service.source}`} service={service} i18n={i18n} />
          ))}
        </ul>
      ) : (
        owner === null && <p class="dw-hint">{i18n.t('shortCodeUnlisted')}</p>
      )}
      {ownerOnly && <p>{i18n.t('shortCodeRunBy', i18n.localized(owner.carrier.names))}</p>}
      <p class="dw-topic-title">{i18n.t('shortCodeRoamingTitle')}</p>
      {fromAbroad.map((text) => (
        <p key={text.en}>{i18n.localized(text)}</p>
      ))}
      {abroadLines.length > 0 && (
        <>
          <p class="dw-hint">{i18n.t('shortCodeFromAbroad')}</p>
          <ul class="dw-lines">
            {abroadLines.map((line) => {
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
      {fromAbroad.length === 0 && abroadLines.length === 0 && (
        <p class="dw-hint">{i18n.t('noSourceFound')}</p>
      )}
    </div>
  );
}
