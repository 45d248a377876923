// Where every statement comes from. Each record names its publisher, its title, its own date and
// its address, and carries our review dates: when we last checked it against what the app says,
// and when it is due to be checked again (12 months later). The words that introduce and cite a
// source are in locales/*/sources.json; publishers and titles are proper names and stay as published.
import type { DrugId } from './drugs';

export type ReviewDates = { lastReviewed: string; nextReview: string };

export type SourceRecord = {
  publisher: string;
  title: string;
  url: string;
  /** The source's own date: last revised, or the day of the approval it announces. */
  date: string;
} & ReviewDates;

// Checked against the app on this day; due again 12 months later (tests/sources.test.ts checks the gap).
export const review: ReviewDates = { lastReviewed: '2026-12-01', nextReview: '2027-12-01' };

/** American Cancer Society, "Treatment of Liver Cancer, by Stage": the one clinical source of the decision path. */
export const sourceDocument = {
  publisher: 'American Cancer Society',
  title: 'Treatment of Liver Cancer, by Stage',
  url: 'https://www.cancer.org/cancer/types/liver-cancer/treating/by-stage.html',
  date: '2021-07-27',
  ...review,
} as const satisfies SourceRecord;

/**
 * clinical-map: "Since the source was written". U.S. Food and Drug Administration approval
 * announcements, cited apart from the ACS content and used for nothing else. Read as the FDA
 * published them (the same text is reproduced in full by ESMO Oncology News, 27 October 2022,
 * and on EIN Presswire, April 2025).
 */
export const approvalsSince = [
  {
    id: 'durvalumabTremelimumab',
    publisher: 'U.S. Food and Drug Administration',
    title: 'FDA approves tremelimumab in combination with durvalumab for unresectable hepatocellular carcinoma',
    url: 'https://www.fda.gov/drugs/resources-information-approved-drugs/fda-approves-tremelimumab-combination-durvalumab-unresectable-hepatocellular-carcinoma',
    date: '2022-10-21',
    drugs: ['durvalumab', 'tremelimumab'],
    ...review,
  },
  {
    id: 'nivolumabIpilimumab',
    publisher: 'U.S. Food and Drug Administration',
    title: 'FDA approves nivolumab with ipilimumab for unresectable or metastatic hepatocellular carcinoma',
    url: 'https://www.fda.gov/drugs/resources-information-approved-drugs/fda-approves-nivolumab-ipilimumab-unresectable-or-metastatic-hepatocellular-carcinoma',
    date: '2025-04-11',
    drugs: ['nivolumab', 'ipilimumab'],
    ...review,
  },
] as const satisfies readonly (SourceRecord & { id: string; drugs: readonly [DrugId, DrugId] })[];


/** Sections of the source page, named as the page names them. */
export const sourceSectionIds = [
  'intro',
  'resectable',
  'transplantable',
  'unresectable',
  'advanced',
  'recurrent',
] as const;
export type SourceSectionId = (typeof sourceSectionIds)[number];

/** Well-established facts the clinical map allows beside the source. */
export const establishedReferenceIds = ['ajccStaging', 'childPugh'] as const;
export type EstablishedReferenceId = (typeof establishedReferenceIds)[number];
