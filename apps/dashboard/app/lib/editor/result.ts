import type { SubmissionResult } from '@conform-to/react';
import type { EditorState } from './state.server.ts';

/**
 * What every editor action answers: a message for the section that asked, Conform's submission
 * result (field errors next to the fields), and the editor's state after the change.
 */
export type EditorResult = {
  ok: boolean;
  intent: string;
  message: string;
  blockId?: string;
  submission?: SubmissionResult<string[]>;
  state?: EditorState;
};
