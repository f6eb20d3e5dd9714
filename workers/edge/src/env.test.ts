import { pointerReuseMs } from '@mewayz/core';
import { edgeTestVars } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { edgeVarsSchema } from './env.ts';

describe('edge vars', () => {
  it('reuses pointer reads for the publishers’ settle time by default', () => {
    expect(edgeVarsSchema.parse(edgeTestVars()).POINTER_REUSE_MS).toBe(pointerReuseMs);
    expect(edgeVarsSchema.parse({ ...edgeTestVars(), POINTER_REUSE_MS: '0' }).POINTER_REUSE_MS).toBe(0);
  });

  it('refuses a reuse window longer than publishers wait: it would hide a publish from the next request', () => {
    const parsed = edgeVarsSchema.safeParse({
      ...edgeTestVars(),
      POINTER_REUSE_MS: String(pointerReuseMs + 1),
    });
    expect(parsed.success).toBe(false);
  });
});
