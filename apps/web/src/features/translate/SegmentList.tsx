import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TokenText } from './TokenText';
import type { Segment } from './types';

/**
 * The document as a sequence, source left and translation right. Virtualised: only the rows in
 * view (and a few around) are in the DOM, so 2,000 segments scroll like 20.
 */
export function SegmentList({ segments, activeId, onSelect }: { segments: Segment[]; activeId: string | undefined; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: segments.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 72,
    overscan: 8,
    getItemKey: (index) => segments[index]?.segmentId ?? index,
  });
  const activeIndex = segments.findIndex((segment) => segment.segmentId === activeId);
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);
  return (
    <div ref={scroller} className="segment-scroller" tabIndex={0} role="region" aria-label={t('translate.editor.segments')}>
      <ol className="segment-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const segment = segments[item.index] as Segment;
          const active = segment.segmentId === activeId;
          // A draft sent back by its reviewer says so: that is the work waiting here.
          const badge = segment.outdated ? 'outdated' : segment.rejectionComment ? 'rejected' : segment.state;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="segment-slot"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <button
                type="button"
                className={`segment-row${active ? ' active' : ''}${segment.outdated ? ' outdated' : ''}`}
                aria-current={active ? 'true' : undefined}
                onClick={() => onSelect(segment.segmentId)}
              >
                <span className="segment-number">{segment.ordinal + 1}</span>{' '}
                <span className="segment-source">
                  <TokenText text={segment.sourceText} />
                </span>{' '}
                <span className="segment-target">{segment.text ? <TokenText text={segment.text} /> : <span className="muted">—</span>}</span>{' '}
                <span className={`badge state-${badge}`}>{t(`translate.state.${badge}`)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
