import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json';
import '../packages/elements/src/define.js';
import './preview.css';

// Autodocs read properties, attributes, events, slots, parts and custom properties from the manifest
// that the analyzer generates from the elements' JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
