import { ValidateBy } from 'class-validator';

/**
 * Text that must say something: only spaces, tabs or newlines is refused like an empty value
 * (rule `notBlank`), for reasons and names alike.
 */
export const IsNotBlank = () => ValidateBy({ name: 'notBlank', validator: { validate: (value: unknown) => typeof value === 'string' && value.trim() !== '' } });
