import { describe, expect, it } from 'vitest';
import { newId } from '../ids.ts';
import { elasticEventOf, elasticPostback, verifyElasticToken } from './provider-webhook.ts';

const ids = {
  campaign: newId('campaign'),
  contact: newId('contact'),
  organization: newId('organization'),
};
const postback = elasticPostback(ids);

describe('Elastic Email notifications', () => {
  it('map the documented statuses to campaign events, bounces only for permanent categories', () => {
    const of = (status: string, category?: string) =>
      elasticEventOf({ status, postback, ...(category ? { category } : {}) })?.type ?? null;
    expect(of('Error', 'NoMailbox')).toBe('bounce');
    expect(of('Error', 'BlackListed')).toBe('bounce');
    expect(of('error', 'nomailbox')).toBe('bounce');
    expect(of('Error', 'GreyListed')).toBeNull();
    expect(of('Error', 'Throttled')).toBeNull();
    expect(of('Error')).toBeNull();
    expect(of('AbuseReport')).toBe('complaint');
    expect(of('Unsubscribed')).toBe('unsubscribe');
    expect(of('Sent')).toBe('delivered');
    expect(of('Opened')).toBeNull();
    expect(of('Clicked')).toBeNull();
  });

  it('read the ids from the postback the adapter sent, and nothing from anything else', () => {
    expect(postback).toBe(`campaign=${ids.campaign};contact=${ids.contact};organization=${ids.organization}`);
    expect(elasticEventOf({ status: 'AbuseReport', postback })).toMatchObject({
      organizationId: ids.organization,
      campaignId: ids.campaign,
      contactId: ids.contact,
    });
    for (const bad of [
      '',
      'campaign=x',
      postback.replace(ids.contact, 'con_nope'),
      ';;==;',
      'a'.repeat(5000),
    ])
      expect(elasticEventOf({ status: 'AbuseReport', postback: bad }), bad.slice(0, 30)).toBeNull();
  });

  it('read `date` as UTC, and use now for a time that is missing, malformed or far away', () => {
    const at = (date: string) => elasticEventOf({ status: 'Sent', postback, date })!.at.getTime();
    const recent = new Date(Date.now() - 3_600_000);
    const elastic = recent.toISOString().slice(0, 19).replace('T', ' ');
    expect(at(elastic)).toBe(Math.floor(recent.getTime() / 1000) * 1000);
    for (const odd of ['', 'yesterday', '99999-12-31 23:59:59', '1970-01-01 00:00:00', '2026-13-45 99:99:99'])
      expect(Math.abs(at(odd) - Date.now()), odd).toBeLessThan(5_000);
  });

  it('accept only the configured token, compared whole', () => {
    const token = 'elastic-token-0123456789abcdef';
    expect(() => verifyElasticToken(token, token)).not.toThrow();
    for (const given of ['', token.slice(0, -1), `${token}x`, token.toUpperCase()])
      expect(() => verifyElasticToken(token, given)).toThrow('Unknown notification URL.');
    expect(() => verifyElasticToken('', '')).toThrow();
  });
});
