// The kinds of treatment the options are made of. The American Cancer Society page gives each
// option's aim but not what going through it is like or its side effects; those come from
// established patient-information pages, read and paraphrased, each a record in ./sources
// (`patientInformation`). Words: locales/*/options.json, kinds.<kind>.name, .involves, .sideEffects.
import type { PatientInformationId } from './information';

export const treatmentKindIds = [
  'surgery',
  'transplant',
  'ablation',
  'embolization',
  'radiation',
  'targeted',
  'immunotherapy',
  'chemotherapy',
  'clinicalTrial',
  'palliative',
] as const;
export type TreatmentKindId = (typeof treatmentKindIds)[number];

/** The pages each kind's two texts rest on (what it involves; its side effects and risks). */
export const treatmentKinds: { readonly [K in TreatmentKindId]: { sources: readonly PatientInformationId[] } } = {
  surgery: {
    sources: ['macmillanWhatHappensAfterSurgery', 'crukAfterResection', 'crukProblemsAfterResection', 'crukTypesOfSurgery', 'cancerVicAfterSurgery', 'acsSurgeryCurrent'],
  },
  transplant: {
    sources: ['macmillanSurgeryForLiverCancer', 'macmillanWhatHappensAfterSurgery', 'crukWaitingForDonor', 'crukProblemsAfterTransplant', 'cancerCouncilNswLiverTransplant', 'cancerVicAfterSurgery'],
  },
  ablation: {
    sources: ['macmillanTumourAblationPrimary', 'macmillanLiverCancerAblation', 'cancerCouncilTumourAblation', 'acsAblationForLiverCancer', 'acsTumorAblationOverview', 'crukThermalAblation', 'ccsAblationTherapies'],
  },
  embolization: {
    sources: ['macmillanEmbolisationPrimary', 'macmillanChemoembolisation', 'crukChemoembolisation', 'cancerCouncilTace', 'cancerCouncilTace2018', 'ccsTace', 'ccsTaceSideEffects', 'macmillanSirt', 'cancerCouncilRadiationPrimary'],
  },
  radiation: {
    sources: ['crukRadiotherapyLiverCancer', 'crukRadiotherapySideEffects', 'cancerCouncilRadiationTherapy', 'ccsRadiationTherapy', 'acsRadiationTherapyForLiverCancer'],
  },
  targeted: {
    sources: ['crukImmunoTargetedLiver', 'crukSorafenib', 'macmillanSorafenib', 'acsTargetedTherapyLiver2016', 'cancerCouncilNswTargetedLiver', 'canadianCancerSocietyTargetedLiver', 'macmillanBevacizumab', 'macmillanTargetedImmunoLiver', 'informedHealthRamucirumab'],
  },
  immunotherapy: {
    sources: ['acsImmunotherapyLiver', 'macmillanTargetedImmunoLiver', 'macmillanAtezoBev', 'velindreAtezoBev', 'crukAtezoBev', 'canadianCancerSocietyImmunoLiver', 'cancerCouncilNswImmunoSideEffects', 'cancerCouncilSaImmunoSideEffects'],
  },
  chemotherapy: {
    sources: ['macmillanChemoLiver', 'macmillanChemoLiverArchived', 'acsChemoLiverCurrent', 'acsChemoLiverDetailed', 'nciDictionaryHai', 'crukChemoLiverArchived'],
  },
  clinicalTrial: {
    sources: ['macmillanTakingPartInTrial', 'macmillanClinicalTrials', 'crukTrialProsCons', 'crukRandomisedTrials', 'nciWhyParticipate', 'acsBeingPartOfTrial', 'ccsTrialBenefitsRisks'],
  },
  palliative: {
    sources: ['macmillanControllingSymptomsLiver', 'cancerCouncilNswLiverPalliativeTreatment', 'cancerCouncilNswWhatIsPalliativeCare', 'cancerCouncilNswWillPalliativeCareHelp', 'cancerCouncilNswLiverPain', 'cancerCouncilNswLiverFluidBuildUp', 'cancerCouncilVictoriaLiverManagingSymptoms', 'acsWhatIsPalliativeCare', 'uclhAsciticDrainage'],
  },
};
