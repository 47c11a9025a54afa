/**
 * The presentation mode's behaviour and its view: in the drop-in, a file of its own
 * (poolster-presentation-door.js), loaded the first time a scan presents (presentation-part.ts).
 */
export { PresentationController } from './presentation-controller.js';
export { presentationView } from './presentation-view.js';
export { presentationStyles } from './presentation.styles.js';
