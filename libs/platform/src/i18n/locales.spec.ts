import path from 'node:path';
import { PLATFORM_PROBLEMS } from '../http/problem.exception';
import { describeTranslations } from '../testing/translation-coverage';
import en from './locales/en.json';
import ptBR from './locales/pt-BR.json';
import zhCN from './locales/zh-CN.json';

describeTranslations('platform', {
  bundles: { en, 'zh-CN': zhCN, 'pt-BR': ptBR },
  problems: PLATFORM_PROBLEMS,
  rulesIn: path.join(__dirname, '..'),
});
