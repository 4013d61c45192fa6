import { Injectable } from '@nestjs/common';
import { DocumentsService } from '@bluecarbon/documents';
import { AdaptationLoader } from '@bluecarbon/methodology';
import { ProblemException, Problems } from '@bluecarbon/platform';
import type { PartnerRef } from '../access/onboarding-access';
import { EVIDENCE_REFERENCE_TYPES, type EvidenceReferenceType } from './evidence-types';
import type { ActorContext } from '@bluecarbon/identity';

/**
 * Checks what a piece of evidence points at, through the lib that owns the record: the type
 * must fit the evidence kind, the record must exist for the caller (another city's draft is
 * 404, as everywhere), and a data record must be the partner's own — a step is evidence of the
 * city's work, not of a neighbour's.
 */
@Injectable()
export class EvidenceReferences {
  constructor(
    private readonly adaptations: AdaptationLoader,
    private readonly documents: DocumentsService,
  ) {}

  async assertReadable(
    ctx: ActorContext,
    partner: PartnerRef,
    kind: keyof typeof EVIDENCE_REFERENCE_TYPES,
    type: EvidenceReferenceType,
    id: string,
  ): Promise<void> {
    const allowed: readonly EvidenceReferenceType[] = EVIDENCE_REFERENCE_TYPES[kind];
    if (!allowed.includes(type)) {
      throw new ProblemException(400, 'validation_failed', { fieldErrors: [{ field: 'referenceType', rule: 'isIn', args: [allowed] }] });
    }
    switch (type) {
      case 'document':
        await this.documents.get(ctx, id);
        return;
      case 'methodology_adaptation': {
        const { row } = await this.adaptations.load(ctx, id, 'read');
        // Codes are unique and both sides carry one; ids may not be linked yet.
        if (row.jurisdictionCode !== partner.jurisdictionCode) throw Problems.forbidden();
        return;
      }
    }
  }
}
