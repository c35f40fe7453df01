// The console's pure parts: every run-time catalogue key exists in both languages (statuses, card
// actions, roles, hot-list reasons, card kinds, review kinds), values are escaped, and the metrics
// parser reads the engine's exposition.
import { describe, expect, it } from 'vitest';
import { ReviewKind, Role } from '../../engine/cards/records.js';
import { cardStatusNames } from '../../engine/core/card-rules.js';
import { HotReason } from '../../engine/core/model.js';
import { consoleActions } from '../../engine/server/console/actions.js';
import { html } from '../../engine/server/console/html.js';
import { catalogues, langs, MissingMessage, translator } from '../../engine/server/console/i18n.js';
import { nextLiveState, parseMetrics } from '../../engine/server/console/live.js';

describe('console catalogues', () => {
  it('name every status, action, role, hot-list reason, card kind and review kind in zh and en', () => {
    for (const lang of langs) {
      const t = translator(lang);
      for (const status of Object.values(cardStatusNames)) expect(t.dynamic('status.', status)).not.toBe('');
      for (const action of consoleActions) expect(t.dynamic('op.', action.op)).not.toBe('');
      for (const role of Object.values(Role)) expect(t.dynamic('role.', role)).not.toBe('');
      for (const reason of Object.values(HotReason)) expect(t.dynamic('hot.reason.', reason)).not.toBe('');
      for (const kind of [1, 2, 3]) expect(t.dynamic('card.kind.', kind)).not.toBe('');
      for (const kind of Object.values(ReviewKind)) expect(t.dynamic('reviews.kind.', kind)).not.toBe('');
    }
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.zh).sort());
    for (const [lang, catalogue] of Object.entries(catalogues))
      for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), `${lang} ${key}`).not.toBe('');
  });

  it('a key in neither catalogue throws, never renders blank', () => {
    expect(() => translator('zh').dynamic('status.', 'no-such-status')).toThrow(MissingMessage);
    expect(translator('en').optional('change.', 'no-such-op')).toBeUndefined();
  });
});

describe('console html', () => {
  it('escapes every interpolated value; fragments pass as they are', () => {
    const note = '<script>alert("x")</script>&\'';
    const out = html`<td title="${note}">${note}${html`<b>ok</b>`}${[1, html`<i>2</i>`]}</td>`.text;
    expect(out).toBe(
      '<td title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;<b>ok</b>1<i>2</i></td>',
    );
  });
});

describe('console live metrics', () => {
  it('reads counters and histogram buckets; the swipe rate is the counter over the interval', () => {
    const text = (n: number, le005: number): string =>
      [
        '# HELP ssc_decisions_total x',
        `ssc_decisions_total{operation="Inquire",reason="00"} ${n}`,
        'ssc_decisions_total{operation="Inquire",reason="C02"} 2',
        `ssc_stage_seconds_bucket{operation="Inquire",transport="http",stage="total",le="0.0005"} ${le005}`,
        `ssc_stage_seconds_bucket{operation="Inquire",transport="http",stage="total",le="+Inf"} ${n + 2}`,
        'ssc_ledger_sequence 7',
        'garbage line {',
      ].join('\n');
    const first = nextLiveState(parseMetrics(text(8, 10)), 1_000);
    const second = nextLiveState(parseMetrics(text(18, 20)), 3_000, first);
    expect(first.decisions).toBe(10);
    expect(second.swipesPerSecond).toEqual([0, 5]);
    expect(second.buckets.get('Inquire|total|0.0005')).toBe(20);
    expect(parseMetrics(text(1, 1)).find((s) => s.name === 'ssc_ledger_sequence')?.value).toBe(7);
  });
});
