export { timeZoneChoices } from './timeZones';
