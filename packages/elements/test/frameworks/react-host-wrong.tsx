// Deliberately wrong (a number where the scan takes a string): the typings test expects tsc to report it here.
import type {} from '@poolster/elements/react';

export const WrongScan = () => <poolster-scan src="/instrument.json" draftKey={42} />;
