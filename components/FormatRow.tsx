import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '../lib/i18n';

interface FormatRowProps {
  label: string;
  value: string;
  i18n: Translator;
}

/** One way of writing a number, with a button that copies exactly that text. */
export function FormatRow({ label, value, i18n }: FormatRowProps) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Clipboard access can be refused by the page's permissions policy; the text stays selectable.
    }
  };
  // The copy buttons stand in a column of their own, so a long form never pushes one under its value.
  return (
    <div class="dw-row dw-form-row">
      <dt>{label}</dt>
      <dd>
        <code class="dw-value">{value}</code>
      </dd>
      <dd class="dw-copy-cell">
        <button type="button" class="dw-copy" onClick={copy} aria-label={i18n.t('copyForm', label)}>
          {copied ? i18n.t('copied') : i18n.t('copy')}
        </button>
      </dd>
    </div>
  );
}
