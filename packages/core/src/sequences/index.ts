export { addMinutes, type EnrollOption, enrollOnSubscribe } from './enroll.ts';
export { runSequenceCron, SEQUENCE_BATCH, type SequenceRun, sendNextStep } from './sending.ts';
export {
  ensureWelcomeSequence,
  getSequence,
  listSequenceMembers,
  listSequences,
  type SequenceView,
  setSequenceActive,
  updateSequence,
  updateSequenceSteps,
  WELCOME_KEY,
} from './sequences.ts';
