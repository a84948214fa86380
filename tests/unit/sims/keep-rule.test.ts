import { describe, expect, it } from 'vitest';
import { carrierById } from '@/lib/carriers/catalog';
import { keepRuleFor, keepRules, parseKeepRules } from '@/lib/sims/keep-rule';

describe('the keep-number rules', () => {
  it.each(keepRules.map((rule) => [rule.carrierId, rule] as const))(
    "%s's rule is read from a keep-number note of that carrier, with the note's source",
    (carrierId, rule) => {
      const carrier = carrierById(carrierId);
      expect(carrier, `${carrierId} is in the knowledge base`).toBeDefined();
      const notes = carrier?.notes.filter(
        (note) => note.topic === 'keepNumber' && note.source === rule.source,
      );
      expect(notes?.length ?? 0).toBeGreaterThan(0);
    },
  );

  it('holds one rule per carrier, sorted by id', () => {
    const ids = keepRules.map((rule) => rule.carrierId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('rejects a rule with no source or an unknown activity', () => {
    const valid = {
      carrierId: 'x',
      validity: { days: 1 },
      graceDays: 0,
      activity: 'top-up',
      source: 'https://a.example/',
    };
    expect(() => parseKeepRules([valid])).not.toThrow();
    expect(() => parseKeepRules([{ ...valid, source: undefined }])).toThrow();
    expect(() => parseKeepRules([{ ...valid, activity: 'prayer' }])).toThrow();
    expect(() => parseKeepRules([{ ...valid, validity: { days: 0 } }])).toThrow();
  });

  it('finds the rule of a carrier, and none for one no source covers', () => {
    expect(keepRuleFor('chunghwa-telecom')?.validity).toEqual({ days: 180 });
    expect(keepRuleFor('cmhk')).toBeNull();
  });
});
