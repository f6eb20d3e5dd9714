import { sequenceSwitchRoute } from './sequences.activate.ts';

export const sequencesDeactivate = sequenceSwitchRoute(false);
