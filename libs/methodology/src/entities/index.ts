import { MethodologyAdaptation } from './methodology-adaptation.entity';
import { MethodologyTemplate } from './methodology-template.entity';
import { MethodologyVersionRow } from './methodology-version.entity';

export const METHODOLOGY_ENTITIES = [MethodologyTemplate, MethodologyVersionRow, MethodologyAdaptation];
