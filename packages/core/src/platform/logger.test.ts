import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

function captured() {
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', sink: (_l, line) => lines.push(line) });
  return { logger, lines };
}

describe('logger', () => {
  it('writes an error with its message and the cause chain (where drivers keep the database’s reason)', () => {
    const { logger, lines } = captured();
    const dbError = new Error('Lock wait timeout exceeded; try restarting transaction (errno 1205)');
    logger.error('campaign cron failed', { error: new Error('Failed query: update …', { cause: dbError }) });
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({
      level: 'error',
      msg: 'campaign cron failed',
      error: { name: 'Error', message: 'Failed query: update …', cause: { message: dbError.message } },
    });
  });

  it('leaves lines below its level out, and binds a child’s fields', () => {
    const { logger, lines } = captured();
    logger.debug('noise');
    logger.child({ requestId: 'req_1' }).info('hello', { n: 1 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', msg: 'hello', requestId: 'req_1', n: 1 });
  });
});
