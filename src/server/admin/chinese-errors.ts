// zod's issues in plain Chinese for the console and the web channel: 不能小于 100, 应为数字, 必填 — never "Too small".
import { z } from 'zod';

const fallback = z.locales.zhCN().localeError;

const KIND: Record<string, string> = {
  number: '数字', int: '整数', string: '文字', boolean: '是或否', array: '列表', object: '一组设置', date: '日期',
};

type Issue = Parameters<z.core.$ZodErrorMap>[0];

export const chineseErrors: z.core.$ZodErrorMap = (issue: Issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '必填';
      return `应为${KIND[issue.expected] ?? '正确的格式'}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? '不能为空' : `至少 ${min} 个字符`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少 ${min} 项`;
      return issue.inclusive === false ? `应大于 ${min}` : `不能小于 ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `最多 ${max} 个字符`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多 ${max} 项`;
      return issue.inclusive === false ? `应小于 ${max}` : `不能大于 ${max}`;
    }
    case 'invalid_value':
      return `应为以下之一：${issue.values.map(String).join('、')}`;
    case 'invalid_format':
      return '格式不对';
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数`;
    case 'unrecognized_keys':
      return `不认识的设置项：${issue.keys.join('、')}`;
    case 'custom':
      return '填写的内容不符合要求';
    default:
      return fallback(issue);
  }
};
