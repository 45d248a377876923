// Where every statement comes from. The words that name and cite a source are in locales/*/sources.json.

/** American Cancer Society, "Treatment of Liver Cancer, by Stage". */
export const sourceDocument = {
  url: 'https://www.cancer.org/cancer/types/liver-cancer/treating/by-stage.html',
  lastRevised: '2021-07-27',
} as const;

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
