import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type Me } from '../../api/me';
import { Alert } from '../../components/Alert';
import { QueryState } from '../../components/QueryState';
import { formatNumber } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { SHORTCUTS } from './keyboard';
import { bulkApprovable, matches, needsTranslation, nextIndex, SEGMENT_FILTERS, type SegmentFilter } from './navigation';
import { FilesPanel } from './FilesPanel';
import { replaceSegment, reviewTranslation, segmentsKey, useDocument, useSegments } from './queries';
import { SegmentEditor } from './SegmentEditor';
import { SegmentList } from './SegmentList';
import type { Segment } from './types';

/** Reviewers of the locale approve and reject; everyone here translates. */
export function reviews(me: Me, locale: string): boolean {
  return me.memberships.some((membership) => membership.role === 'reviewer' && membership.locales.includes(locale));
}

/** The translator's workbench for one document and one target locale. */
export function EditorPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { id = '', locale = '' } = useParams();
  const client = useQueryClient();
  const document = useDocument(id);
  const { segments, isLoading, error, refetch } = useSegments(id, locale);
  const [filter, setFilter] = useState<SegmentFilter>('all');
  const [search, setSearch] = useState('');
  const [activeId, setActiveId] = useState<string | undefined>();
  const [bulk, setBulk] = useState<{ approved: number; failed: number } | null>(null);
  const reviewer = reviews(me, locale);
  const languages = new Intl.DisplayNames([currentLocale()], { type: 'language' });
  const shown = segments.filter((segment) => matches(segment, filter, search));
  const activeIndex = segments.findIndex((segment) => segment.segmentId === activeId);
  const active = segments[activeIndex];

  // The first segment that needs work opens by itself.
  useEffect(() => {
    if (activeId || segments.length === 0) return;
    setActiveId((segments.find(needsTranslation) ?? segments[0])?.segmentId);
  }, [activeId, segments]);

  function navigate(action: 'next' | 'previous' | 'nextUntranslated'): void {
    const list = shown.length ? shown : segments;
    const from = list.findIndex((segment) => segment.segmentId === activeId);
    const index = nextIndex(list, from, action === 'nextUntranslated' ? needsTranslation : undefined, action === 'previous' ? -1 : 1);
    if (index !== null) setActiveId(list[index]?.segmentId);
  }

  function saved(segment: Segment): void {
    replaceSegment(client, id, locale, segment);
    void client.invalidateQueries({ queryKey: ['translate', 'document', id] });
  }

  async function approveAll(): Promise<void> {
    let approved = 0;
    let failed = 0;
    for (const segment of shown.filter(bulkApprovable)) {
      try {
        saved(await reviewTranslation(id, segment, locale, 'approved'));
        approved += 1;
      } catch {
        failed += 1;
      }
    }
    setBulk({ approved, failed });
  }

  const title = document.data?.title ?? '';
  return (
    <main id="main" className="workbench">
      <p>
        <Link to="/translate">{t('translate.editor.backToQueue')}</Link>
      </p>
      <h1>{t('translate.editor.title', { title, language: languages.of(locale) ?? locale })}</h1>
      <QueryState isLoading={isLoading || document.isLoading} error={error ?? document.error} onRetry={() => void refetch()} />
      <div className="toolbar">
        <div className="field inline">
          <label htmlFor="segment-filter">{t('translate.editor.filter')}</label>
          <select id="segment-filter" value={filter} onChange={(event) => setFilter(event.target.value as SegmentFilter)}>
            {SEGMENT_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`translate.filter.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field inline">
          <label htmlFor="segment-search">{t('translate.editor.search')}</label>
          <input id="segment-search" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </div>
        <button type="button" onClick={() => navigate('nextUntranslated')}>
          {t('translate.editor.nextUntranslated')}
        </button>
        {reviewer && (
          <button type="button" onClick={() => void approveAll()}>
            {t('translate.editor.approveAll', { count: shown.filter(bulkApprovable).length })}
          </button>
        )}
        <span className="muted" role="status">
          {t('translate.editor.shown', { shown: formatNumber(currentLocale(), shown.length), total: formatNumber(currentLocale(), segments.length) })}
        </span>
      </div>
      {bulk && <Alert tone={bulk.failed ? 'error' : 'success'}>{t('translate.editor.bulkDone', bulk)}</Alert>}
      <div className="workbench-grid">
        <SegmentList segments={shown} activeId={activeId} onSelect={setActiveId} />
        {active && (
          <SegmentEditor
            key={active.segmentId}
            documentId={id}
            locale={locale}
            segment={active}
            before={segments[activeIndex - 1]}
            after={segments[activeIndex + 1]}
            reviewer={reviewer}
            onSaved={saved}
            onNavigate={navigate}
          />
        )}
      </div>
      <details className="shortcuts">
        <summary>{t('translate.editor.shortcuts')}</summary>
        <dl>
          {SHORTCUTS.map((shortcut) => (
            <div key={shortcut.action}>
              <dt>
                <kbd>{shortcut.keys}</kbd>
              </dt>
              <dd>{t(`translate.shortcut.${shortcut.action}`)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <FilesPanel documentId={id} locale={locale} onImported={() => void client.resetQueries({ queryKey: segmentsKey(id, locale) })} />
    </main>
  );
}
