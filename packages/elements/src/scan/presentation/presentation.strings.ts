import { defineStrings } from '../../i18n/strings.js';

/** The words of the scan's presentation mode (one block per screen, for a projector). */
export const presentationStrings = defineStrings('presentation', {
  en: {
    present: 'Present on a shared screen',
    leave: 'Leave the presentation',
    toolbar: 'Presentation',
    previousBlock: 'Previous block',
    nextBlock: 'Next block',
    reading: 'Background',
    closeReading: 'Close the background',
    fullScreen: 'Full screen',
    leaveFullScreen: 'Leave full screen',
    fullScreenRefused: 'This browser did not allow full screen here. The presentation still fills the window; the browser’s own full-screen key (often F11) may work.',
    keys: 'Keys: 1 to {n} choose a stage; ← → or Page Up / Page Down go to another block.',
    noStageQuestion: 'This scan has no stage question to show here.',
  },
  nl: {
    present: 'Presenteren op een gedeeld scherm',
    leave: 'Presentatie verlaten',
    toolbar: 'Presentatie',
    previousBlock: 'Vorige bouwsteen',
    nextBlock: 'Volgende bouwsteen',
    reading: 'Achtergrond',
    closeReading: 'Achtergrond sluiten',
    fullScreen: 'Volledig scherm',
    leaveFullScreen: 'Volledig scherm verlaten',
    fullScreenRefused:
      'Deze browser liet volledig scherm hier niet toe. De presentatie vult het venster toch; de toets voor volledig scherm van de browser zelf (vaak F11) werkt misschien wel.',
    keys: 'Toetsen: 1 tot {n} kiezen een stadium; ← → of Page Up / Page Down gaan naar een andere bouwsteen.',
    noStageQuestion: 'Deze scan heeft geen vraag naar het stadium om hier te tonen.',
  },
  fr: {
    present: 'Présenter sur un écran partagé',
    leave: 'Quitter la présentation',
    toolbar: 'Présentation',
    previousBlock: 'Module précédent',
    nextBlock: 'Module suivant',
    reading: 'Contexte',
    closeReading: 'Fermer le contexte',
    fullScreen: 'Plein écran',
    leaveFullScreen: 'Quitter le plein écran',
    fullScreenRefused:
      'Ce navigateur n’a pas permis le plein écran ici. La présentation remplit tout de même la fenêtre ; la touche plein écran du navigateur (souvent F11) fonctionnera peut-être.',
    keys: 'Touches : 1 à {n} choisissent un stade ; ← → ou Page précédente / Page suivante passent à un autre module.',
    noStageQuestion: 'Ce scan n’a pas de question sur le stade à montrer ici.',
  },
});
