import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FREE_FORM_OBJECT } from '@bluecarbon/platform';
import type { AdaptationUpgradeReport, DiffValidation, FieldChange, VersionDiff } from '../domain/diff';
import type { DefinitionValue } from '../domain/model';

/**
 * Answers of methodology's routes that are not a stored record: the diff of two versions and
 * an upgrade report. Each implements its domain type, so a field added there fails the build
 * until it is documented here. Definitions inside are the version's own JSON (free-form).
 */

/** A parameter value: a decimal string, an enum value or a boolean. */
export const DEFINITION_VALUE = { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] };

const ANY_VALUE = {
  oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'object', additionalProperties: true }, { type: 'array', items: {} }],
  nullable: true,
  description: 'Whatever the field holds in the version (JSON)',
};

class FieldChangeResponse implements FieldChange {
  @ApiProperty() field!: string;
  @ApiProperty(ANY_VALUE) from!: unknown;
  @ApiProperty(ANY_VALUE) to!: unknown;
}

class ChangedItemResponse {
  @ApiProperty() key!: string;
  @ApiProperty({ type: [FieldChangeResponse] }) changes!: FieldChangeResponse[];
  @ApiPropertyOptional({ enum: [true], description: 'The newer side of this item does not validate' }) invalid?: true;
}

class KeyedChangesResponse {
  @ApiProperty({ type: 'array', items: FREE_FORM_OBJECT, description: 'Definitions only the newer version has' }) added!: object[];
  @ApiProperty({ type: 'array', items: FREE_FORM_OBJECT, description: 'Definitions only the older version has' }) removed!: object[];
  @ApiProperty({ type: [ChangedItemResponse] }) changed!: ChangedItemResponse[];
}

class ChangedSectionResponse {
  @ApiProperty() key!: string;
  @ApiProperty({ type: [String] }) locales!: string[];
}

class SectionChangesResponse {
  @ApiProperty({ type: [String] }) added!: string[];
  @ApiProperty({ type: [String] }) removed!: string[];
  @ApiProperty({ type: [ChangedSectionResponse] }) changed!: ChangedSectionResponse[];
}

class ValidationIssueResponse {
  @ApiProperty() code!: string;
  @ApiProperty({ example: 'formulas[2].expression' }) path!: string;
  @ApiProperty() message!: string;
}

export class ValidationResponse implements DiffValidation {
  @ApiProperty() valid!: boolean;
  @ApiProperty({ type: [ValidationIssueResponse] }) issues!: ValidationIssueResponse[];
}

class DiffValidationPairResponse {
  @ApiProperty({ type: ValidationResponse }) from!: ValidationResponse;
  @ApiProperty({ type: ValidationResponse }) to!: ValidationResponse;
}

export class VersionDiffResponse implements VersionDiff {
  @ApiProperty({ example: '1.0.0' }) from!: string;
  @ApiProperty({ example: '1.1.0' }) to!: string;
  @ApiProperty({ type: KeyedChangesResponse }) parameters!: VersionDiff['parameters'];
  @ApiProperty({ type: KeyedChangesResponse }) inputs!: VersionDiff['inputs'];
  @ApiProperty({ type: KeyedChangesResponse }) constants!: VersionDiff['constants'];
  @ApiProperty({ type: KeyedChangesResponse }) formulas!: VersionDiff['formulas'];
  @ApiProperty({ type: SectionChangesResponse }) sections!: SectionChangesResponse;
  @ApiPropertyOptional({ type: FieldChangeResponse }) creditableFormula?: FieldChangeResponse;
  @ApiProperty({ description: 'Nothing that affects a calculation or the text changed' }) identical!: boolean;
  @ApiPropertyOptional({ type: DiffValidationPairResponse, description: 'When either side does not validate: the issues of each' })
  validation?: DiffValidationPairResponse;
}

class OverrideValueResponse {
  @ApiProperty() key!: string;
  @ApiProperty(DEFINITION_VALUE) value!: DefinitionValue;
}

class ConvertedFromResponse {
  @ApiProperty(DEFINITION_VALUE) value!: DefinitionValue;
  @ApiProperty() unit!: string;
}

class CarriedOverrideResponse extends OverrideValueResponse {
  @ApiPropertyOptional({ type: ConvertedFromResponse }) convertedFrom?: ConvertedFromResponse;
}

class OutOfRangeOverrideResponse extends OverrideValueResponse {
  @ApiPropertyOptional() min?: string;
  @ApiPropertyOptional() max?: string;
  @ApiPropertyOptional() previousMin?: string;
  @ApiPropertyOptional() previousMax?: string;
}

class EngineMessageResponse {
  @ApiProperty({ description: 'A message key' }) key!: string;
  @ApiPropertyOptional({ ...FREE_FORM_OBJECT, description: 'Its arguments' }) args?: Record<string, unknown>;
}

class IncompatibleOverrideResponse extends OverrideValueResponse {
  @ApiProperty({ description: 'In English' }) reason!: string;
  @ApiProperty({ type: EngineMessageResponse, description: "The same as a message key with arguments, in the caller's language over HTTP" })
  text!: AdaptationUpgradeReport['incompatible'][number]['text'];
}

class NewParameterResponse {
  @ApiProperty() key!: string;
  @ApiProperty(DEFINITION_VALUE) default!: DefinitionValue;
  @ApiPropertyOptional() unit?: string;
  @ApiProperty() adjustable!: boolean;
}

class ChangedDefaultResponse {
  @ApiProperty() key!: string;
  @ApiProperty(DEFINITION_VALUE) from!: DefinitionValue;
  @ApiProperty(DEFINITION_VALUE) to!: DefinitionValue;
}

export class UpgradeReportResponse implements AdaptationUpgradeReport {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: [CarriedOverrideResponse], description: 'Overrides that apply unchanged (or converted to the new unit)' })
  carried!: CarriedOverrideResponse[];
  @ApiProperty({ type: [OutOfRangeOverrideResponse], description: 'Overrides outside the new range: each needs a deviation or a new value' })
  outOfRange!: OutOfRangeOverrideResponse[];
  @ApiProperty({ type: [OverrideValueResponse], description: 'Overrides on parameters no longer adjustable: each needs a deviation' })
  notAdjustable!: OverrideValueResponse[];
  @ApiProperty({ type: [IncompatibleOverrideResponse], description: "Overrides that no longer fit the parameter's type, enum values or dimensions" })
  incompatible!: IncompatibleOverrideResponse[];
  @ApiProperty({ type: [OverrideValueResponse], description: 'Overrides of parameters the new version no longer has' }) removed!: OverrideValueResponse[];
  @ApiProperty({ type: [NewParameterResponse], description: 'Parameters the new version adds' }) newParameters!: NewParameterResponse[];
  @ApiProperty({ type: [ChangedDefaultResponse], description: 'Parameters without an override whose default changed' })
  changedDefaults!: ChangedDefaultResponse[];
  @ApiProperty({ ...FREE_FORM_OBJECT, description: 'The overrides to apply on the new version, by parameter key' })
  overrides!: AdaptationUpgradeReport['overrides'];
}
