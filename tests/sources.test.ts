// Every content record carries its review dates, 12 months apart; an overdue review is decided
// from today's date at run time, so no build starts failing when a date passes.
import { describe, expect, it } from 'vitest';
import { contentRecords, isDueForReview, patientInformation } from '../src/content/information';
import { approvalsSince } from '../src/content/sources';

const twelveMonthsAfter = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
};

describe('content records', () => {
  it.each(contentRecords.map((record) => [`${record.publisher}: ${record.title}`, record] as const))('%s names its publisher, date and address, and is due again 12 months after its last review', (_title, record) => {
    expect(record.publisher).not.toBe('');
    expect(record.url).toMatch(/^https:\/\//);
    // A patient-information page may show no date of its own: then it says so (null), never a guess.
    if (record.date !== null) expect(record.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    expect(record.nextReview).toBe(twelveMonthsAfter(record.lastReviewed));
  });

  it('cites the FDA approvals apart from the ACS page, with both dates (clinical-map: Since the source was written)', () => {
    expect(approvalsSince.map((approval) => [approval.publisher, approval.date, approval.drugs])).toEqual([
      ['U.S. Food and Drug Administration', '2022-10-21', ['durvalumab', 'tremelimumab']],
      ['U.S. Food and Drug Administration', '2025-04-11', ['nivolumab', 'ipilimumab']],
    ]);
  });

  it('lists every record the app cites, for the About page and the review check', () => {
    expect(contentRecords.slice(0, 3).map((record) => record.date)).toEqual(['2021-07-27', '2022-10-21', '2025-04-11']);
    expect(contentRecords.slice(3)).toEqual(Object.values(patientInformation));
  });

  it('holds one record per address: a page is cited once, under one title', () => {
    const addresses = contentRecords.map((record) => record.url);
    expect(addresses.filter((url, i) => addresses.indexOf(url) !== i)).toEqual([]);
  });

  it('is due once any one record is overdue, and checks the real records by default', () => {
    const records = [
      { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
      { lastReviewed: '2027-06-01', nextReview: '2028-06-01' },
    ];
    expect(isDueForReview(new Date('2028-01-01T00:00:00Z'), records)).toBe(true);
    expect(isDueForReview(new Date('2027-12-02T00:00:00Z'))).toBe(true);
    expect(isDueForReview(new Date('2027-11-30T00:00:00Z'))).toBe(false);
  });

  it.each<[string, boolean]>([
    ['2027-12-01T23:59:00Z', false],
    ['2027-12-02T00:00:00Z', true],
    ['2026-12-01T08:00:00Z', false],
  ])('on %s the content is due for review: %s', (now, due) => {
    expect(isDueForReview(new Date(now), [{ lastReviewed: '2026-12-01', nextReview: '2027-12-01' }])).toBe(due);
  });
});
