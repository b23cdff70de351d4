// An OutboundMessage as a DingTalk robot message template: markdown for cards, plain text otherwise.
import type { Card, OutboundMessage } from '../../src/plugins/define.js';

export interface RobotMessageBody {
  msgKey: 'sampleText' | 'sampleMarkdown';
  /** The template's parameters, as the JSON string the API expects. */
  msgParam: string;
}

/**
 * Robot sends cannot @-mention anyone (the group API has no mention list), so a mentioned member's name is written
 * in front when the text does not already say it.
 */
export function robotMessageBody(message: OutboundMessage, mentionedNames: string[]): RobotMessageBody {
  const front = mentionedNames.filter((name) => !message.text.includes(`@${name}`)).map((name) => `@${name}`);
  // An ask without a form template is best as its text: it says how to answer, and the card adds no input.
  if (message.card && message.card.type !== 'ask') {
    const text = cardMarkdown(message.card);
    return { msgKey: 'sampleMarkdown', msgParam: JSON.stringify({ title: message.card.title, text: front.length ? `${front.join(' ')}\n\n${text}` : text }) };
  }
  return { msgKey: 'sampleText', msgParam: JSON.stringify({ content: front.length ? `${front.join(' ')} ${message.text}` : message.text }) };
}

export function cardMarkdown(card: Card): string {
  const lines = [`### ${escapeMd(card.title)}`];
  switch (card.type) {
    case 'request':
      lines.push(...card.rows.map(([k, v]) => `- **${escapeMd(k)}**：${escapeMd(v)}`));
      break;
    case 'ask':
      lines.push(`期间：${escapeMd(card.period)}${card.deadline ? `　截止：${escapeMd(card.deadline)}` : ''}`, '');
      lines.push(...card.fields.map((f) => `- **${escapeMd(f.label)}**${f.hint ? `（${escapeMd(f.hint)}）` : ''}`));
      break;
    case 'table':
      lines.push(`| ${card.columns.map(escapeCell).join(' | ')} |`, `| ${card.columns.map(() => '---').join(' | ')} |`);
      lines.push(...card.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`));
      break;
    case 'digest':
      for (const s of card.sections) lines.push(`**${escapeMd(s.heading)}**`, ...s.lines.map((l) => `- ${escapeMd(l)}`), '');
      break;
  }
  return lines.join('\n').trim();
}

function escapeMd(text: string): string {
  return text.replace(/([*_`[\]#>])/g, '\\$1');
}

function escapeCell(text: string): string {
  return escapeMd(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
