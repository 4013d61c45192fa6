export { EditorPage } from './EditorPage';
export { QueuePage } from './QueuePage';
