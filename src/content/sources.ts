// Where every statement comes from. Each record names its publisher, its title, its own date and
// its address, and carries our review dates: when we last checked it against what the app says,
// and when it is due to be checked again (12 months later). The words that introduce and cite a
// source are in locales/*/sources.json; publishers and titles are proper names and stay as published.
import type { DrugId } from './drugs';

export type ReviewDates = { lastReviewed: string; nextReview: string };

type SourceRecord = {
  publisher: string;
  title: string;
  url: string;
  /** The source's own date: last revised, or the day of the approval it announces. */
  date: string;
} & ReviewDates;

// Checked against the app on this day; due again 12 months later (tests/sources.test.ts checks the gap).
const review: ReviewDates = { lastReviewed: '2026-12-01', nextReview: '2027-12-01' };

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

/** A patient-information page: its own date as the page gives it (YYYY-MM-DD or YYYY-MM), or null when it shows none. */
type PatientInformationRecord = Omit<SourceRecord, 'date'> & { date: string | null };

/**
 * Established patient-information pages, read (as stored public copies) and paraphrased for what
 * each kind of treatment involves and its side effects (./treatments). Only pages we have read.
 */
export const patientInformation = {
  macmillanWhatHappensAfterSurgery: {
    publisher: "Macmillan Cancer Support",
    title: "What happens after surgery?",
    url: "https://www.macmillan.org.uk/information-and-support/liver-cancer-primary/treating/surgery/what-happens-after-surgery.html",
    date: null,
    ...review,
  },
  crukAfterResection: {
    publisher: "Cancer Research UK",
    title: "After cancer surgery to remove part of your liver",
    url: "https://about-cancer.cancerresearchuk.org/about-cancer/liver-cancer/treatment/surgery/after-surgery",
    date: null,
    ...review,
  },
  crukProblemsAfterResection: {
    publisher: "Cancer Research UK",
    title: "Problems after cancer surgery to remove part of your liver",
    url: "https://about-cancer.cancerresearchuk.org/about-cancer/liver-cancer/treatment/surgery/problems-after-surgery",
    date: null,
    ...review,
  },
  crukTypesOfSurgery: {
    publisher: "Cancer Research UK",
    title: "Types of surgery",
    url: "https://www.cancerresearchuk.org/about-cancer/liver-cancer/treatment/surgery/types-surgery",
    date: null,
    ...review,
  },
  cancerVicAfterSurgery: {
    publisher: "Cancer Council Victoria",
    title: "After liver cancer surgery",
    url: "https://www.cancervic.org.au/cancer-information/types-of-cancer/liver_cancer/after-surgery.html",
    date: null,
    ...review,
  },
  acsSurgeryCurrent: {
    publisher: "American Cancer Society",
    title: "Surgery for Liver Cancer",
    url: "https://www.cancer.org/cancer/liver-cancer/treating/surgery.html",
    date: null,
    ...review,
  },
  macmillanSurgeryForLiverCancer: {
    publisher: "Macmillan Cancer Support",
    title: "Surgery for liver cancer",
    url: "https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/surgery-for-liver-cancer",
    date: null,
    ...review,
  },
  crukWaitingForDonor: {
    publisher: "Cancer Research UK",
    title: "Waiting for a donor for a liver transplant",
    url: "https://www.cancerresearchuk.org/about-cancer/liver-cancer/treatment/surgery/liver-transplant/finding-waiting-for-donor",
    date: null,
    ...review,
  },
  crukProblemsAfterTransplant: {
    publisher: "Cancer Research UK",
    title: "Problems after transplant surgery for liver cancer",
    url: "https://about-cancer.cancerresearchuk.org/about-cancer/liver-cancer/treatment/surgery/liver-transplant/problems-after-surgery",
    date: null,
    ...review,
  },
  cancerCouncilNswLiverTransplant: {
    publisher: "Cancer Council NSW",
    title: "Liver transplant",
    url: "https://cancercouncil.com.au/?p=4769",
    date: null,
    ...review,
  },
  macmillanTumourAblationPrimary: {
    publisher: "Macmillan Cancer Support",
    title: "Tumour ablation for primary liver cancer",
    url: "https://www.macmillan.org.uk/information-and-support/liver-cancer-primary/treating/tumour-ablation.html",
    date: null,
    ...review,
  },
  macmillanLiverCancerAblation: {
    publisher: "Macmillan Cancer Support",
    title: "Tumour ablation for liver cancer",
    url: "https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/liver-cancer-ablation",
    date: null,
    ...review,
  },
  cancerCouncilTumourAblation: {
    publisher: "Cancer Council NSW",
    title: "Tumour ablation",
    url: "https://www.cancercouncil.com.au/liver-cancer/treatment/tumour-ablation/",
    date: null,
    ...review,
  },
  acsAblationForLiverCancer: {
    publisher: "American Cancer Society",
    title: "Ablation for Liver Cancer",
    url: "https://amp.cancer.org/cancer/types/liver-cancer/treating/tumor-ablation.html",
    date: null,
    ...review,
  },
  acsTumorAblationOverview: {
    publisher: "American Cancer Society",
    title: "Tumor ablation for liver cancer",
    url: "https://www.cancer.org/cancer/livercancer/overviewguide/liver-cancer-overview-treating-ablation",
    date: null,
    ...review,
  },
  crukThermalAblation: {
    publisher: "Cancer Research UK",
    title: "Treatment using heat to destroy liver cancer (thermal ablation)",
    url: "https://www.cancerresearchuk.org/about-cancer/liver-cancer/treatment/thermal_ablation",
    date: null,
    ...review,
  },
  ccsAblationTherapies: {
    publisher: "Canadian Cancer Society",
    title: "Ablation therapies for liver cancer",
    url: "https://cancer.ca/en/cancer-information/cancer-types/liver/treatment/ablation-therapy",
    date: null,
    ...review,
  },
  macmillanEmbolisationPrimary: {
    publisher: "Macmillan Cancer Support",
    title: "Embolisation treatments for primary liver cancer",
    url: "https://www.macmillan.org.uk/information-and-support/liver-cancer-primary/treating/embolisation-treatments.html",
    date: null,
    ...review,
  },
  macmillanChemoembolisation: {
    publisher: "Macmillan Cancer Support",
    title: "Chemoembolisation (TACE)",
    url: "https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/chemoembolisation-tace",
    date: null,
    ...review,
  },
  crukChemoembolisation: {
    publisher: "Cancer Research UK",
    title: "Trans arterial chemoembolisation (TACE)",
    url: "https://about-cancer.cancerresearchuk.org/about-cancer/liver-cancer/treatment/chemoembolisation",
    date: null,
    ...review,
  },
  cancerCouncilTace: {
    publisher: "Cancer Council NSW",
    title: "Transarterial chemoembolisation (TACE)",
    url: "https://cancercouncil.com.au/liver-cancer/treatment/TACE",
    date: null,
    ...review,
  },
  cancerCouncilTace2018: {
    publisher: "Cancer Council NSW",
    title: "Transarterial chemoembolisation (TACE)",
    url: "https://www.cancercouncil.com.au/liver-cancer-2/treatment/tace/",
    date: "2018-06",
    ...review,
  },
  ccsTace: {
    publisher: "Canadian Cancer Society",
    title: "Transarterial chemoembolization (TACE) for liver cancer",
    url: "https://www.cancer.ca/en/cancer-information/cancer-type/liver/treatment/transarterial-chemoembolization/?region=ns",
    date: null,
    ...review,
  },
  ccsTaceSideEffects: {
    publisher: "Canadian Cancer Society",
    title: "Potential side effects of transarterial chemoembolization for liver cancer",
    url: "https://www.cancer.ca/en/cancer-information/cancer-type/liver/treatment/transarterial-chemoembolization/potential-side-effects/?region=on",
    date: null,
    ...review,
  },
  macmillanSirt: {
    publisher: "Macmillan Cancer Support",
    title: "Selective internal radiation therapy (SIRT)",
    url: "https://www.macmillan.org.uk/information-and-support/treating/radiotherapy/internal-radiotherapy-explained/selective-internal.html",
    date: null,
    ...review,
  },
  cancerCouncilRadiationPrimary: {
    publisher: "Cancer Council NSW",
    title: "Radiation therapy for primary liver cancer",
    url: "https://www.cancercouncil.com.au/liver-cancer-2/treatment/radiotherapy/",
    date: null,
    ...review,
  },
  crukRadiotherapyLiverCancer: {
    publisher: "Cancer Research UK",
    title: "Radiotherapy for liver cancer",
    url: "https://about-cancer.cancerresearchuk.org/about-cancer/liver-cancer/treatment/radiotherapy-liver-cancer",
    date: null,
    ...review,
  },
  crukRadiotherapySideEffects: {
    publisher: "Cancer Research UK",
    title: "Side effects of radiotherapy",
    url: "https://www.cancerresearchuk.org/about-cancer/liver-cancer/treatment/radiotherapy/side-effects-radiotherapy",
    date: "2018-12-10",
    ...review,
  },
  cancerCouncilRadiationTherapy: {
    publisher: "Cancer Council NSW",
    title: "Radiation therapy: SBRT and SIRT",
    url: "https://cancercouncil.com.au/liver-cancer/treatment/radiotherapy",
    date: null,
    ...review,
  },
  ccsRadiationTherapy: {
    publisher: "Canadian Cancer Society",
    title: "Radiation therapy for liver cancer",
    url: "https://cancer.ca/en/cancer-information/cancer-types/liver/treatment/radiation-therapy",
    date: null,
    ...review,
  },
  acsRadiationTherapyForLiverCancer: {
    publisher: "American Cancer Society",
    title: "Radiation Therapy for Liver Cancer",
    url: "https://amp.cancer.org/cancer/types/liver-cancer/treating/radiation-therapy.html",
    date: null,
    ...review,
  },
  crukImmunoTargetedLiver: {
    publisher: "Cancer Research UK",
    title: "Immunotherapy and targeted cancer drugs",
    url: "https://www.cancerresearchuk.org/about-cancer/liver-cancer/treatment/having-biological-therapy",
    date: null,
    ...review,
  },
  crukBiologicalTherapyLiverArchived: {
    publisher: "Cancer Research UK",
    title: "Biological therapy",
    url: "https://www.cancerresearchuk.org/about-cancer/liver-cancer/treatment/having-biological-therapy",
    date: null,
    ...review,
  },
  crukSorafenib: {
    publisher: "Cancer Research UK",
    title: "Sorafenib",
    url: "https://www.cancerresearchuk.org/about-cancer/treatment/drugs/sorafenib",
    date: null,
    ...review,
  },
  macmillanSorafenib: {
    publisher: "Macmillan Cancer Support",
    title: "Sorafenib (Nexavar®)",
    url: "https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/sorafenib",
    date: null,
    ...review,
  },
  acsTargetedTherapyLiver2016: {
    publisher: "American Cancer Society",
    title: "Targeted therapy for liver cancer",
    url: "https://www.cancer.org/cancer/livercancer/detailedguide/liver-cancer-treating-targeted-therapy",
    date: "2016-04-28",
    ...review,
  },
  cancerCouncilNswTargetedLiver: {
    publisher: "Cancer Council NSW",
    title: "Targeted therapy for primary liver cancer",
    url: "https://www.cancercouncil.com.au/liver-cancer-2/treatment/targeted-therapy/",
    date: "2018-06",
    ...review,
  },
  canadianCancerSocietyTargetedLiver: {
    publisher: "Canadian Cancer Society",
    title: "Targeted therapy for liver cancer",
    url: "https://www.cancer.ca/en/cancer-information/cancer-type/liver/treatment/targeted-therapy/?region=bc",
    date: null,
    ...review,
  },
  macmillanBevacizumab: {
    publisher: "Macmillan Cancer Support",
    title: "Bevacizumab",
    url: "https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/bevacizumab",
    date: null,
    ...review,
  },
  macmillanTargetedImmunoLiver: {
    publisher: "Macmillan Cancer Support",
    title: "Targeted therapy and immunotherapy for primary liver cancer",
    url: "https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/targeted-therapy-and-immunotherapy-for-liver-cancer",
    date: null,
    ...review,
  },
  informedHealthRamucirumab: {
    publisher: "Institute for Quality and Efficiency in Health Care (IQWiG), InformedHealth.org",
    title: "Ramucirumab (Cyramza) for the treatment of advanced liver cancer",
    url: "https://www.informedhealth.org/ramucirumab-cyramza-for-the-treatment-of-advanced.3457.en.html",
    date: null,
    ...review,
  },
  acsImmunotherapyLiver: {
    publisher: "American Cancer Society",
    title: "Immunotherapy for Liver Cancer",
    url: "https://cancer.org/cancer/liver-cancer/treating/immunotherapy.html",
    date: null,
    ...review,
  },
  macmillanAtezoBev: {
    publisher: "Macmillan Cancer Support",
    title: "Atezolizumab and bevacizumab",
    url: "https://macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/atezolizumab-and-bevacizumab",
    date: null,
    ...review,
  },
  velindreAtezoBev: {
    publisher: "Velindre University NHS Trust",
    title: "Atezolizumab and Bevacizumab A1705",
    url: "https://velindre.nhs.wales/velindrecc/patient-information/chemotherapy-immunotherapy-information-leaflets/atezolizumab-and-bevacizumab-a1345/",
    date: null,
    ...review,
  },
  crukAtezoBev: {
    publisher: "Cancer Research UK",
    title: "Atezolizumab and bevacizumab",
    url: "https://about-cancer.cancerresearchuk.org/about-cancer/treatment/drugs/atezolizumab-bevacizumab",
    date: null,
    ...review,
  },
  canadianCancerSocietyImmunoLiver: {
    publisher: "Canadian Cancer Society",
    title: "Immunotherapy for liver cancer",
    url: "https://cancer.ca/en/cancer-information/cancer-types/liver/treatment/immunotherapy",
    date: null,
    ...review,
  },
  cancerCouncilNswImmunoSideEffects: {
    publisher: "Cancer Council NSW",
    title: "Side effects of immunotherapy",
    url: "https://cancercouncil.com.au/cancer-information/cancer-treatment/immunotherapy/side-effects-of-immunotherapy",
    date: null,
    ...review,
  },
  cancerCouncilSaImmunoSideEffects: {
    publisher: "Cancer Council SA",
    title: "Side effects of immunotherapy",
    url: "https://www.cancersa.org.au/cancer-a-z/understanding-immunotherapy/side-effects-of-immunotherapy/",
    date: null,
    ...review,
  },
  macmillanChemoLiver: {
    publisher: "Macmillan Cancer Support",
    title: "Chemotherapy for liver cancer",
    url: "https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/chemotherapy-for-liver-cancer",
    date: null,
    ...review,
  },
  macmillanChemoLiverArchived: {
    publisher: "Macmillan Cancer Support",
    title: "Chemotherapy for primary liver cancer",
    url: "https://www.macmillan.org.uk/information-and-support/liver-cancer-primary/treating/chemotherapy/chemotherapy-explained.html",
    date: null,
    ...review,
  },
  acsChemoLiverCurrent: {
    publisher: "American Cancer Society",
    title: "Chemotherapy for Liver Cancer",
    url: "https://www.cancer.org/cancer/types/liver-cancer/treating/chemotherapy.html",
    date: null,
    ...review,
  },
  acsChemoLiverDetailed: {
    publisher: "American Cancer Society",
    title: "Chemotherapy for liver cancer",
    url: "https://www.cancer.org/cancer/livercancer/detailedguide/liver-cancer-treating-chemotherapy",
    date: null,
    ...review,
  },
  nciDictionaryHai: {
    publisher: "National Cancer Institute",
    title: "NCI Dictionary of Cancer Terms: hepatic arterial infusion",
    url: "https://www.cancer.gov/dictionary?CdrID=45073",
    date: null,
    ...review,
  },
  crukChemoLiverArchived: {
    publisher: "Cancer Research UK",
    title: "Chemotherapy for liver cancer",
    url: "https://www.cancerresearchuk.org/cancer-help/type/liver-cancer/treatment/chemotherapy-for-liver-cancer",
    date: null,
    ...review,
  },
  macmillanTakingPartInTrial: {
    publisher: "Macmillan Cancer Support",
    title: "Taking part in a cancer clinical trial",
    url: "https://macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/clinical-trials/taking-part-in-a-cancer-clinical-trial",
    date: null,
    ...review,
  },
  macmillanClinicalTrials: {
    publisher: "Macmillan Cancer Support",
    title: "Clinical trials",
    url: "https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/clinical-trials",
    date: null,
    ...review,
  },
  crukTrialProsCons: {
    publisher: "Cancer Research UK",
    title: "The pros and cons of taking part in a clinical trial",
    url: "https://www.cancerresearchuk.org/about-cancer/find-a-clinical-trial/what-you-should-be-told-about-a-clinical-trial/advantages-and-drawbacks",
    date: null,
    ...review,
  },
  crukRandomisedTrials: {
    publisher: "Cancer Research UK",
    title: "Randomised trials",
    url: "https://www.cancerresearchuk.org/find-a-clinical-trial/what-are-clinical-trials/randomised-trials",
    date: null,
    ...review,
  },
  nciWhyParticipate: {
    publisher: "National Cancer Institute",
    title: "Why Participate in a Clinical Trial?",
    url: "https://www.cancer.gov/research/participate/clinical-trials/why-participate",
    date: null,
    ...review,
  },
  acsBeingPartOfTrial: {
    publisher: "American Cancer Society",
    title: "Being Part of a Clinical Trial",
    url: "https://www.cancer.org/cancer/managing-cancer/making-treatment-decisions/clinical-trials/being-part-of-a-clinical-trial.html",
    date: null,
    ...review,
  },
  ccsTrialBenefitsRisks: {
    publisher: "Canadian Cancer Society",
    title: "Clinical trial benefits, risks and costs",
    url: "https://cancer.ca/en/treatments/clinical-trials/clinical-trial-benefits-risks-and-costs",
    date: null,
    ...review,
  },
  macmillanControllingSymptomsLiver: {
    publisher: "Macmillan Cancer Support",
    title: "Controlling the symptoms of cancer in the liver",
    url: "https://www.macmillan.org.uk/cancer-information-and-support/impacts-of-cancer/controlling-symptoms-of-cancer-in-the-liver",
    date: null,
    ...review,
  },
  cancerCouncilNswLiverPalliativeTreatment: {
    publisher: "Cancer Council NSW",
    title: "Palliative treatment",
    url: "https://www.cancercouncil.com.au/liver-cancer/treatment/palliative-treatment/",
    date: null,
    ...review,
  },
  cancerCouncilNswWhatIsPalliativeCare: {
    publisher: "Cancer Council NSW",
    title: "What is palliative care?",
    url: "https://www.cancercouncil.com.au/cancer-information/advanced-cancer/palliative-care/what-is-palliative-care/",
    date: null,
    ...review,
  },
  cancerCouncilNswWillPalliativeCareHelp: {
    publisher: "Cancer Council NSW",
    title: "Will palliative care help?",
    url: "https://www.cancercouncil.com.au/cancer-information/advanced-cancer/end-of-life/common-questions/will-palliative-care-help/",
    date: null,
    ...review,
  },
  cancerCouncilNswLiverPain: {
    publisher: "Cancer Council NSW",
    title: "Pain",
    url: "https://www.cancercouncil.com.au/liver-cancer/managing-symptoms/pain/",
    date: null,
    ...review,
  },
  cancerCouncilNswLiverFluidBuildUp: {
    publisher: "Cancer Council NSW",
    title: "Fluid build-up (ascites)",
    url: "https://www.cancercouncil.com.au/liver-cancer/managing-symptoms/fluid-build-up/",
    date: null,
    ...review,
  },
  cancerCouncilVictoriaLiverManagingSymptoms: {
    publisher: "Cancer Council Victoria",
    title: "Managing symptoms",
    url: "https://cancervic.org.au/cancer-information/types-of-cancer/liver_cancer/managing-symptoms.html",
    date: "2024-08",
    ...review,
  },
  acsWhatIsPalliativeCare: {
    publisher: "American Cancer Society",
    title: "What Is Palliative Care?",
    url: "https://www.cancer.org/cancer/managing-cancer/palliative-care/what-is-palliative-care.html",
    date: null,
    ...review,
  },
  uclhAsciticDrainage: {
    publisher: "University College London Hospitals NHS Foundation Trust",
    title: "Guide to having ascitic drainage",
    url: "https://www.uclh.nhs.uk/patients-and-visitors/patient-information-pages/guide-having-ascitic-drainage",
    date: null,
    ...review,
  },
} as const satisfies Record<string, PatientInformationRecord>;
export type PatientInformationId = keyof typeof patientInformation;
export const patientInformationIds = Object.keys(patientInformation) as PatientInformationId[];

/** Every record the app's content rests on (the About page lists their review dates). */
export const contentRecords: readonly (SourceRecord | PatientInformationRecord)[] = [
  sourceDocument,
  ...approvalsSince,
  ...Object.values(patientInformation),
];

/** True once any record's next review date has passed: every outcome then says so. Decided at run time. */
export function isDueForReview(today: Date, records: readonly ReviewDates[] = contentRecords): boolean {
  const day = today.toISOString().slice(0, 10);
  return records.some((record) => record.nextReview < day);
}

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
