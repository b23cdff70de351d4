// onetable cards as Lark interactive cards (card JSON 2.0).
import type { Card } from '../../src/plugins/define.js';
import { ASK_SAME_PREFIX, ASK_SUBMIT_PREFIX } from './card-action.js';

type Element = Record<string, unknown>;

const plain = (content: string): Element => ({ tag: 'plain_text', content });
const markdown = (content: string): Element => ({ tag: 'markdown', content });

/** Input names must be unique in the card and plain identifiers; a field key that is not cannot be a form input. */
const INPUT_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** The card, or null when this card cannot be rendered natively (the caller sends text instead). */
export function larkCard(card: Card, mentionOpenIds: string[] = []): Record<string, unknown> | null {
  const elements: Element[] = [];
  if (mentionOpenIds.length) elements.push(markdown(mentionOpenIds.map((id) => `<at id=${id}></at>`).join(' ')));
  let template = 'blue';
  switch (card.type) {
    case 'request':
      elements.push(markdown(card.rows.map(([k, v]) => `**${escapeMd(k)}**：${escapeMd(v)}`).join('\n')));
      break;
    case 'ask': {
      if (!card.fields.length || card.fields.some((f) => !INPUT_NAME.test(f.key))) return null;
      const meta = [`期间：${card.period}`, card.deadline ? `截止：${card.deadline}` : ''].filter(Boolean).join('　');
      elements.push(markdown(escapeMd(meta)));
      if (card.fields.some((f) => f.value)) elements.push(markdown('已填入上期数据：没有变化的不用改，点“与上月相同”或直接提交即可。'));
      elements.push({
        tag: 'form',
        name: `ask_form_${card.collectionId}`,
        elements: [
          ...card.fields.map((f) => ({
            tag: 'input', name: f.key, label: plain(f.label), label_position: 'top',
            placeholder: plain(f.hint || '请填写'), ...(f.value ? { default_value: f.value } : {}),
          })),
          { tag: 'button', name: `${ASK_SUBMIT_PREFIX}${card.collectionId}`, text: plain('提交'), type: 'primary', form_action_type: 'submit' },
          // Prefilled with last period's figures: one click confirms them all as they stand.
          ...(card.fields.some((f) => f.value)
            ? [{ tag: 'button', name: `${ASK_SAME_PREFIX}${card.collectionId}`, text: plain('与上月相同'), type: 'default', form_action_type: 'submit' }]
            : []),
        ],
      });
      elements.push(markdown('也可以直接回复文字，例如“低保户数：120”。'));
      template = 'orange';
      break;
    }
    case 'table':
      elements.push({
        tag: 'table', page_size: 10, row_height: 'low',
        columns: card.columns.map((name, i) => ({ name: `c${i}`, display_name: name, data_type: 'text' })),
        rows: card.rows.map((row) => Object.fromEntries(row.map((cell, i) => [`c${i}`, cell]))),
      });
      template = 'green';
      break;
    case 'digest':
      for (const s of card.sections) {
        elements.push(markdown(`**${escapeMd(s.heading)}**\n${s.lines.map((l) => `- ${escapeMd(l)}`).join('\n')}`));
      }
      template = 'indigo';
      break;
  }
  return {
    schema: '2.0',
    config: { update_multi: true },
    header: { title: plain(card.title), template },
    body: { elements },
  };
}

function escapeMd(text: string): string {
  return text.replace(/([*_~`<>[\]])/g, '\\$1');
}
