export { UiStringsPage } from './UiStringsPage';
